package org.regenpath.identity;

import java.time.Instant;
import org.regenpath.shared.Actor;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.StaffMember;
import org.springframework.stereotype.Service;

/**
 * Re-authenticates the signed-in staff member before they sign a record: they re-enter their password, the
 * signature component only they know (21 CFR 11.200(a)(1): a signing within a session uses at least one
 * component). A wrong password counts towards the account's lockout exactly as a failed sign-in does and is
 * audited as DENIED; both are written in their own transaction so they survive the refused request's rollback.
 * A disabled or locked account cannot sign. For a colleague confirming a step at the user's side see
 * {@link SecondPerson}.
 */
@Service
public class Reauthentication {

    static final String RESOURCE = "Reauthentication";
    /** The message a refused re-authentication gives, on the password field the caller names. */
    public static final String WRONG = "The password is wrong, or your account is locked after repeated failures."
            + " Re-enter the password you sign in with; failed attempts count towards locking your account, as"
            + " at sign-in.";

    private final Accounts accounts;
    private final PasswordChecks checks;

    Reauthentication(Accounts accounts, PasswordChecks checks) {
        this.accounts = accounts;
        this.checks = checks;
    }

    /**
     * Checks the signed-in staff member's password.
     *
     * @param field the form or JSON field the password was entered in, named by the refusal
     * @return the signer, as their account names them
     * @throws InvalidInput on {@code field} when the password is wrong or the account may not sign now
     */
    public StaffMember confirm(Actor actor, String password, String field) {
        Instant now = checks.now();
        Accounts.Row row = actor.userId() == null || actor.isPatient() ? null
                : accounts.byId(actor.userId()).orElse(null);
        StaffAccount a = row == null ? null : row.account();
        boolean usable = PasswordChecks.usable(a, now) && actor.belongsTo(a.clinicId());
        if (!usable || !checks.matches(row, password)) {
            checks.refused(actor, usable ? a : null, RESOURCE, a == null ? actor.userId() : a.id(),
                    usable ? "wrong password" : "account may not sign now");
            throw InvalidInput.of(field, WRONG);
        }
        checks.accepted(a);
        return new StaffMember(a.id(), a.displayName());
    }
}
