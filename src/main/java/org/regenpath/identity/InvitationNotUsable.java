package org.regenpath.identity;

/**
 * An invitation link that cannot set a password: unknown, already used, replaced by a newer invitation, or
 * expired. The welcome page turns it into a plain message; the attempt is already in the audit trail.
 */
public class InvitationNotUsable extends RuntimeException {

    /** Why the link does not work. */
    public enum Reason {
        UNKNOWN("This invitation link is not valid."),
        USED("This invitation link has already been used."),
        REPLACED("This invitation link was replaced by a newer invitation."),
        EXPIRED("This invitation link has expired.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private final Reason reason;

    InvitationNotUsable(Reason reason) {
        super(reason.message());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
