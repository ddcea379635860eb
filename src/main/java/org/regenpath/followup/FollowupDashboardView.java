package org.regenpath.followup;

import java.time.LocalDate;
import java.util.List;
import org.regenpath.shared.PatientId;

/**
 * The coordinator dashboard of one clinic.
 *
 * @param today the day the dashboard was computed for (UTC)
 * @param due questionnaires open or overdue, one row per patient and time point, overdue first (longest overdue
 *     first), then by due date
 * @param dueTotal how many rows there are in all ({@code due} holds at most {@link FollowupDashboard#DUE_LIMIT})
 * @param completion per time point, in schedule order: enrolled, answered and the rate with its interval
 * @param answeredMeans what "answered" counts, in words, as the page states it
 * @param primaryInstruments the primary instrument of each instrument set, e.g. "Knee osteoarthritis: NRS-11"
 * @param checklists the solicited checklists after a procedure that are due or overdue and not answered (from the
 *     safety module through {@link DueChecklists}), most overdue first; empty without it
 */
public record FollowupDashboardView(LocalDate today, List<DueItem> due, int dueTotal,
        List<TimePointCompletion> completion, String answeredMeans, List<String> primaryInstruments,
        List<ChecklistRow> checklists) {

    public FollowupDashboardView {
        due = List.copyOf(due);
        completion = List.copyOf(completion);
        primaryInstruments = List.copyOf(primaryInstruments);
        checklists = List.copyOf(checklists);
    }

    /**
     * One unanswered solicited checklist whose day has come, with its patient.
     *
     * @param patientId the patient
     * @param patientName the patient's name as the chart shows it
     * @param mrn the patient's medical record number
     * @param checklist the checklist
     * @param overdue whether its day has passed
     * @param daysOverdue days since its day; 0 on the day
     */
    public record ChecklistRow(PatientId patientId, String patientName, String mrn, DueChecklist checklist,
            boolean overdue, long daysOverdue) {}

    /** How many rows are overdue. */
    public long overdueCount() {
        return due.stream().filter(DueItem::overdue).count();
    }
}
