package org.regenpath.followup;

import java.time.LocalDate;
import java.util.List;
import org.regenpath.shared.PatientId;

/**
 * One time point of one patient's schedule with questionnaires open or overdue, for the coordinator dashboard.
 *
 * @param patientId the patient
 * @param patientName the patient's name as the chart shows it
 * @param mrn the patient's medical record number
 * @param scheduleId the schedule
 * @param timePointId the time point
 * @param timePointLabel its name
 * @param instruments the titles of the questionnaires not yet submitted, in schedule order
 * @param opensOn the first day of the window
 * @param dueOn the due date
 * @param closesOn the last day answers count as on time, or {@code null} for a baseline before the procedure
 * @param state {@link TaskState#OPEN} (due) or {@link TaskState#OVERDUE}
 * @param daysOverdue days since the window closed; 0 when not overdue
 */
public record DueItem(PatientId patientId, String patientName, String mrn, long scheduleId, String timePointId,
        String timePointLabel, List<String> instruments, LocalDate opensOn, LocalDate dueOn, LocalDate closesOn,
        TaskState state, long daysOverdue) {

    public DueItem {
        instruments = List.copyOf(instruments);
    }

    /** Whether the window has closed. */
    public boolean overdue() {
        return state == TaskState.OVERDUE;
    }
}
