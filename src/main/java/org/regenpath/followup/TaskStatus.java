package org.regenpath.followup;

/** A follow-up task as stored. Whether a pending task is upcoming, open or overdue follows from its dates. */
public enum TaskStatus {
    /** Not yet submitted; may hold a saved draft. */
    PENDING,
    /** Submitted once; the response is kept as submitted. */
    COMPLETED,
    /** Removed from the protocol by a regeneration before anything was answered; kept as history. */
    CANCELLED,
    /** A baseline not submitted before the procedure was recorded: a later answer would not be a baseline. */
    MISSED
}
