package org.regenpath.intake;

import java.util.List;
import org.regenpath.patient.ChartFact;
import org.regenpath.patient.ChartFacts;
import org.regenpath.patient.PatientView;
import org.springframework.stereotype.Component;

/** The chart overview's screening and candidacy facts: the newest recorded decision and the screening it was on. */
@Component
class IntakeChartFacts implements ChartFacts {

    private final CandidacyDecisions decisions;

    IntakeChartFacts(CandidacyDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public List<ChartFact> about(PatientView patient, java.time.ZoneId zone) {
        List<CandidacyDecisions.Row> rows = decisions.byPatient(patient.id());
        if (rows.isEmpty()) {
            return List.of(ChartFact.of(ChartFact.INTAKE, "screened", "Screened", "Not yet: no screening recorded"),
                    ChartFact.of(ChartFact.INTAKE + 1, "candidacy", "Candidacy decision", "None recorded"));
        }
        CandidacyDecisions.Row newest = rows.get(0);
        String on = ChartFact.day(newest.decidedAt(), zone);
        return List.of(
                ChartFact.of(ChartFact.INTAKE, "screened", "Screened", newest.evaluatedOutcome().label() + ", " + on),
                new ChartFact(ChartFact.INTAKE + 1, "candidacy", "Candidacy decision", newest.outcome().label()
                        + ", " + on + " by " + newest.decidedBy()
                        + (newest.overridden() ? " (differs from the screening: " + newest.reason() + ")" : ""),
                        newest.outcome() != Outcome.ELIGIBLE));
    }
}
