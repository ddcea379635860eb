package org.regenpath.followup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One questionnaire of a follow-up schedule as people see it.
 *
 * @param id the task
 * @param scheduleId its schedule
 * @param timePointId the time point ({@code baseline}, {@code 3m}, ...)
 * @param timePointLabel the time point's name
 * @param baseline whether it is the baseline
 * @param instrumentId the instrument asked
 * @param instrumentTitle the instrument's title
 * @param opensOn the first day answers count as on time
 * @param dueOn the due date
 * @param closesOn the last day answers count as on time; {@code null} for a baseline until the procedure
 * @param status the stored status
 * @param state what it means today: upcoming, open, overdue, completed, missed or cancelled
 * @param draftSavedAt when a partial answer was last saved, or {@code null}
 * @param responseId the submitted response, or {@code null}
 * @param submittedAt when it was submitted (entered), or {@code null}
 * @param answeredOn the day the patient answered (for answers entered by staff, the day they said), or {@code null}
 * @param enteredBy the staff member who entered the patient's answers, or {@code null} for the patient's own
 * @param late whether it was submitted after its window closed
 * @param keptFromEarlierProtocol whether the current protocol no longer asks it but it is kept because it has answers
 * @param version the optimistic-locking version to send back with a draft
 */
public record TaskView(long id, long scheduleId, String timePointId, String timePointLabel, boolean baseline,
        String instrumentId, String instrumentTitle, LocalDate opensOn, LocalDate dueOn, LocalDate closesOn,
        TaskStatus status, TaskState state, Instant draftSavedAt, Long responseId, Instant submittedAt,
        LocalDate answeredOn, String enteredBy, boolean late, boolean keptFromEarlierProtocol, int version) {

    /** Whether the patient answered before the window opened (allowed for answers entered later, and shown). */
    public boolean answeredBeforeWindow() {
        return answeredOn != null && answeredOn.isBefore(opensOn);
    }

    /** Whether it was entered by staff on a later day than the patient answered. */
    public boolean enteredLater(java.time.ZoneId clinicZone) {
        return enteredBy != null && submittedAt != null && answeredOn != null
                && answeredOn.isBefore(LocalDate.ofInstant(submittedAt, clinicZone));
    }

    /** Whether it can be answered now (open or overdue; late answers are accepted and marked late). */
    public boolean answerable() {
        return state == TaskState.OPEN || state == TaskState.OVERDUE;
    }
}
