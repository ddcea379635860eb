package org.regenpath.notification;

/** What became of a message. */
public enum MailStatus {
    /** Recorded in the sender's transaction; goes out once that transaction commits. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** The SMTP server refused it or could not be reached; the error is recorded. */
    FAILED,
    /** No SMTP host is configured (the demo): nothing was sent and the link was logged. */
    NOT_CONFIGURED
}
