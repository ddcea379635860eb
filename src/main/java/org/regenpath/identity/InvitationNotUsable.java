package org.regenpath.identity;

/**
 * An invitation link that cannot set a password: unknown, already used, replaced by a newer invitation, or
 * expired. The welcome page turns it into a plain message; the attempt is already in the audit trail.
 */
public class InvitationNotUsable extends RuntimeException {

    /** Why a one-time link (an invitation or a password reset link) does not work. */
    public enum Reason {
        UNKNOWN("is not valid"),
        USED("has already been used"),
        REPLACED("was replaced by a newer one"),
        EXPIRED("has expired");

        private final String predicate;

        Reason(String predicate) {
            this.predicate = predicate;
        }

        /** The invitation link's message. */
        public String message() {
            return message("invitation");
        }

        /** "This {@code kind} link has expired." and the like. */
        public String message(String kind) {
            return "This " + kind + " link " + predicate + ".";
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
