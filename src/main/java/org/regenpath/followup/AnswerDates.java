package org.regenpath.followup;

import java.time.LocalDate;
import org.regenpath.shared.InvalidInput;

/**
 * The day a questionnaire counts as answered, and whether that answer was late. A patient answering on the portal
 * answers on the day they submit. A staff member entering answers the patient gave on paper or by phone says the
 * day the patient answered: it is required (no clinical field defaults to a value), it cannot be in the future,
 * a follow-up cannot have been answered before the procedure it follows, and a baseline cannot have been answered
 * after the procedure (it would not be a baseline). Before the task's window opened is allowed, and shown. Scores,
 * windows and trajectories use this day, never the day of entry (21 CFR 11.10(e): a late entry keeps both times).
 * Pure; "today" is passed in.
 */
final class AnswerDates {

    static final String FIELD = "answeredOn";

    private AnswerDates() {}

    /**
     * The day a staff entry was answered, checked against the task's windows.
     *
     * @param given the day the staff member entered, or {@code null}
     * @param today the day of entry
     * @param task the task answered
     * @param procedureDate the day of the procedure the follow-up belongs to, or {@code null} before it is recorded
     * @throws InvalidInput naming {@value #FIELD} when missing, in the future or outside what the task allows
     */
    static LocalDate enteredByStaff(LocalDate given, LocalDate today, PlannedTask task, LocalDate procedureDate) {
        if (given == null) {
            throw InvalidInput.of(FIELD, "Enter the day the patient answered (on paper or by phone).");
        }
        if (given.isAfter(today)) {
            throw InvalidInput.of(FIELD, "The day the patient answered cannot be in the future (today is "
                    + day(today) + ").");
        }
        if (!task.baseline() && procedureDate != null && given.isBefore(procedureDate)) {
            throw InvalidInput.of(FIELD, "A follow-up answer cannot be from before the procedure on "
                    + day(procedureDate) + ".");
        }
        if (task.baseline() && task.closesOn() != null && given.isAfter(task.closesOn())) {
            throw InvalidInput.of(FIELD, "The baseline closed with the procedure on " + day(task.closesOn())
                    + "; an answer given after treatment would not be a baseline.");
        }
        return given;
    }

    /** A day as people read it ("7 Dec 2026"). */
    private static String day(LocalDate date) {
        return org.regenpath.shared.DateStyle.day(date, java.time.ZoneOffset.UTC);
    }

    /** Whether an answer given on {@code answeredOn} came after the task's window closed. */
    static boolean late(PlannedTask task, LocalDate answeredOn) {
        return task.closesOn() != null && answeredOn.isAfter(task.closesOn());
    }

    /** Whether an answer given on {@code answeredOn} came before the task's window opened (allowed, and shown). */
    static boolean early(PlannedTask task, LocalDate answeredOn) {
        return answeredOn != null && answeredOn.isBefore(task.opensOn());
    }
}
