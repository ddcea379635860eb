package org.regenpath.notification;

/** What became of a message. */
public enum MailStatus {
    /** Recorded in the sender's transaction; goes out once that transaction commits. */
    PENDING,
    /** Being handed to the SMTP server; a redelivery of its event finds it claimed and sends nothing. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** The SMTP server refused it or could not be reached, or it could not be rebuilt; the error is recorded. */
    FAILED,
    /** No SMTP host is configured (the demo): nothing was sent and the link was logged. */
    NOT_CONFIGURED
}
