package org.regenpath.followup;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.patient.ChartFact;
import org.regenpath.patient.ChartFacts;
import org.regenpath.patient.PatientView;
import org.springframework.stereotype.Component;

/**
 * The chart overview's follow-up facts: the next questionnaire due (instrument, time point, window) and the
 * problems the patient reported.
 */
@Component
class FollowupChartFacts implements ChartFacts {

    private final Schedules schedules;
    private final ProblemReports problems;
    private final InstrumentCatalog catalog;

    FollowupChartFacts(Schedules schedules, ProblemReports problems, InstrumentCatalog catalog) {
        this.schedules = schedules;
        this.problems = problems;
        this.catalog = catalog;
    }

    @Override
    public List<ChartFact> about(PatientView patient, java.time.ZoneId zone) {
        Optional<PlannedTask> next = schedules.byPatient(patient.id()).stream()
                .flatMap(s -> schedules.tasks(s.id()).stream())
                .filter(t -> t.status() == TaskStatus.PENDING)
                .map(TaskRow::planned)
                .min(Comparator.comparing(PlannedTask::dueOn).thenComparingInt(PlannedTask::position));
        ChartFact due = next.map(t -> ChartFact.of(ChartFact.FOLLOWUP, "next-follow-up", "Next follow-up due",
                        catalog.instrument(t.instrumentId()).shortTitle() + " at " + t.timePointLabel() + ", due "
                                + ChartFact.day(t.dueOn()) + " (window " + ChartFact.day(t.opensOn()) + " to "
                                + (t.closesOn() == null ? "the procedure day" : ChartFact.day(t.closesOn())) + ")"))
                .orElse(ChartFact.of(ChartFact.FOLLOWUP, "next-follow-up", "Next follow-up due", "Nothing scheduled"));
        List<ProblemReport> reports = problems.of(patient.id());
        ChartFact reported = reports.isEmpty()
                ? ChartFact.of(ChartFact.FOLLOWUP + 1, "problem-reports", "Problem reports", "None")
                : new ChartFact(ChartFact.FOLLOWUP + 1, "problem-reports", "Problem reports", reports.size()
                        + (reports.size() == 1 ? " report" : " reports") + "; the latest "
                        + ChartFact.day(reports.get(0).reportedAt(), zone) + " (" + reports.get(0).severity().label() + ")",
                        true);
        return List.of(due, reported);
    }
}
