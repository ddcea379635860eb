package org.regenpath.followup.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.followup.DueChecklist;
import org.regenpath.followup.DueItem;
import org.regenpath.followup.FollowupDashboardView;
import org.regenpath.followup.TaskState;
import org.regenpath.followup.TimePointCompletion;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.stats.WilsonInterval;

/**
 * The coordinator dashboard as the JSON API sends it (decision 0038): its own types, so the module may change
 * {@link FollowupDashboardView} without changing what clients read. Field names, order and values are those
 * clients have always read; the schemas keep their published names.
 */
@Schema(name = "FollowupDashboardView")
record DashboardResponse(LocalDate today, List<Due> due, int dueTotal, List<Completion> completion,
        String answeredMeans, List<String> primaryInstruments, List<ChecklistDue> checklists) {

    /** One time point of one patient's schedule with questionnaires open or overdue. */
    @Schema(name = "DueItem")
    record Due(PatientId patientId, String patientName, String mrn, long scheduleId, String timePointId,
            String timePointLabel, List<String> instruments, LocalDate opensOn, LocalDate dueOn, LocalDate closesOn,
            TaskState state, long daysOverdue) {

        static Due of(DueItem d) {
            return new Due(d.patientId(), d.patientName(), d.mrn(), d.scheduleId(), d.timePointId(),
                    d.timePointLabel(), d.instruments(), d.opensOn(), d.dueOn(), d.closesOn(), d.state(),
                    d.daysOverdue());
        }
    }

    /** Completion at one time point across the clinic, with its 95 % Wilson interval. */
    @Schema(name = "TimePointCompletion")
    record Completion(String timePointId, String label, int enrolled, int answered, int answeredLate, int stillOpen,
            WilsonInterval rate) {

        static Completion of(TimePointCompletion c) {
            return new Completion(c.timePointId(), c.label(), c.enrolled(), c.answered(), c.answeredLate(),
                    c.stillOpen(), c.rate());
        }
    }

    /** One solicited checklist after a procedure whose day has come and that is not answered. */
    @Schema(name = "ChecklistRow")
    record ChecklistDue(PatientId patientId, String patientName, String mrn, Checklist checklist, boolean overdue,
            long daysOverdue) {

        /** The checklist: its id, the day after the procedure it is asked on, the procedure's day and its own. */
        @Schema(name = "DueChecklist")
        record Checklist(long checklistId, PatientId patientId, int dayAfterProcedure, LocalDate performedOn,
                LocalDate dueOn) {}

        static ChecklistDue of(FollowupDashboardView.ChecklistRow r) {
            DueChecklist c = r.checklist();
            return new ChecklistDue(r.patientId(), r.patientName(), r.mrn(), new Checklist(c.checklistId(),
                    c.patientId(), c.dayAfterProcedure(), c.performedOn(), c.dueOn()), r.overdue(), r.daysOverdue());
        }
    }

    static DashboardResponse of(FollowupDashboardView v) {
        return new DashboardResponse(v.today(), v.due().stream().map(Due::of).toList(), v.dueTotal(),
                v.completion().stream().map(Completion::of).toList(), v.answeredMeans(), v.primaryInstruments(),
                v.checklists().stream().map(ChecklistDue::of).toList());
    }
}
