package org.regenpath.followup;

/** The follow-up e-mails (issue #5, item 5). */
public enum ReminderKind {
    /** To the patient: a time point's questionnaires are open. */
    OPENED,
    /** To the patient: a time point's window closes soon and something is unanswered. */
    CLOSING,
    /** To the clinic's coordinators: a time point's window closed with something unanswered. */
    OVERDUE
}
