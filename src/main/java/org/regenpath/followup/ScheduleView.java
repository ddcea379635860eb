package org.regenpath.followup;

import java.time.LocalDate;
import java.util.List;
import org.regenpath.shared.PatientId;

/**
 * A patient's follow-up schedule for one treatment plan.
 *
 * @param id the schedule
 * @param patientId whose
 * @param planId the treatment plan it follows
 * @param conditionName the condition treated, or {@code null} when unknown
 * @param instrumentSetId the instrument set used
 * @param instrumentSetLabel its name
 * @param templateId the schedule template used
 * @param templateLabel its name
 * @param plannedProcedure the planned procedure day, or {@code null}
 * @param procedureDate the day the procedure was performed, or {@code null} before it is recorded
 * @param note what was decided when the schedule was made (e.g. a fallback template), or {@code null}
 * @param version the optimistic-locking version to send back with a regeneration
 * @param tasks every task, in schedule order, cancelled ones included
 * @param notSent for staff: each instrument of the set that patients are not sent (its licensed wording is not
 *     installed), why, and what to install
 */
public record ScheduleView(long id, PatientId patientId, long planId, String conditionName, String instrumentSetId,
        String instrumentSetLabel, String templateId, String templateLabel, LocalDate plannedProcedure,
        LocalDate procedureDate, String note, int version, List<TaskView> tasks, List<String> notSent) {

    public ScheduleView {
        tasks = List.copyOf(tasks);
        notSent = List.copyOf(notSent);
    }

    /** The tasks still on the schedule (not cancelled). */
    public List<TaskView> activeTasks() {
        return tasks.stream().filter(t -> t.status() != TaskStatus.CANCELLED).toList();
    }
}
