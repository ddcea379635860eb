package org.regenpath.followup;

import java.time.LocalDate;

/** What a task means on a given day. */
public enum TaskState {
    /** Its window has not opened yet. */
    UPCOMING("Not yet open"),
    /** Its window is open. */
    OPEN("Due"),
    /** Its window has closed without an answer; a late answer is still accepted and marked late. */
    OVERDUE("Overdue"),
    COMPLETED("Completed"),
    MISSED("Missed"),
    CANCELLED("No longer asked");

    private final String label;

    TaskState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The state of a task with this status and window on {@code today}. */
    static TaskState of(TaskStatus status, LocalDate opensOn, LocalDate closesOn, LocalDate today) {
        return switch (status) {
            case COMPLETED -> COMPLETED;
            case CANCELLED -> CANCELLED;
            case MISSED -> MISSED;
            case PENDING -> today.isBefore(opensOn) ? UPCOMING
                    : closesOn != null && today.isAfter(closesOn) ? OVERDUE : OPEN;
        };
    }
}
