package org.regenpath.identity;

/**
 * A "forgot your password?" link that cannot set a password, for the same reasons as an invitation link
 * ({@link InvitationNotUsable.Reason}). The page says so and offers to send a new link; the attempt is already in
 * the audit trail, without naming an account.
 */
public class ResetLinkNotUsable extends RuntimeException {

    private final InvitationNotUsable.Reason reason;

    ResetLinkNotUsable(InvitationNotUsable.Reason reason) {
        super(reason.message("password reset"));
        this.reason = reason;
    }

    public InvitationNotUsable.Reason reason() {
        return reason;
    }
}
