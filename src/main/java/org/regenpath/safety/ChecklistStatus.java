package org.regenpath.safety;

import java.time.LocalDate;

/**
 * Where a checklist stands on a day of the clinic. Unanswered and answered are kept apart: a checklist nobody
 * answered is never read as "no reaction" (decision 0041).
 */
public enum ChecklistStatus {
    /** Made when the procedure was recorded; its day has not come yet (it may be answered early all the same). */
    UPCOMING("Not due yet"),
    /** Its day is today. */
    DUE("Due today"),
    /** Its day has passed without an answer; a late answer is still taken. */
    OVERDUE("Overdue, not answered"),
    /** Answered, every item yes or no. */
    ANSWERED("Answered");

    private final String label;

    ChecklistStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The status of a checklist due on {@code dueOn}, on the clinic's day {@code today}. */
    static ChecklistStatus of(boolean answered, LocalDate dueOn, LocalDate today) {
        if (answered) {
            return ANSWERED;
        }
        int cmp = today.compareTo(dueOn);
        return cmp < 0 ? UPCOMING : cmp == 0 ? DUE : OVERDUE;
    }
}
