package org.regenpath.identity;

import java.time.Instant;
import java.util.Set;
import org.regenpath.shared.Actor;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.Role;
import org.regenpath.shared.StaffMember;
import org.springframework.stereotype.Service;

/**
 * A colleague confirming a step at the signed-in user's side (the bedside second person): they type their own
 * e-mail and password on the same screen. A wrong password counts towards the colleague's lockout like a failed
 * sign-in and is audited as DENIED; both survive the refused request's rollback. The colleague must be an enabled,
 * unlocked clinical user of the same clinic, and not the signed-in user (who re-authenticates with
 * {@link Reauthentication} instead).
 */
@Service
public class SecondPerson {

    static final String RESOURCE = "SecondPerson";
    private static final Set<Role> CONFIRMERS = Set.of(Role.CLINICIAN, Role.COORDINATOR, Role.LAB_TECHNICIAN);
    private static final String WRONG = "The second person's e-mail or password is wrong, or they may not confirm"
            + " this.";

    private final Accounts accounts;
    private final PasswordChecks checks;

    SecondPerson(Accounts accounts, PasswordChecks checks) {
        this.accounts = accounts;
        this.checks = checks;
    }

    /**
     * Checks the colleague's credentials.
     *
     * @return the colleague, as the record names them
     * @throws InvalidInput on {@code verifierPassword} when the credentials are wrong or the colleague may not
     *     confirm; the message does not say which
     */
    public StaffMember confirm(Actor actor, String email, String password) {
        Instant now = checks.now();
        Accounts.Row row = email == null ? null : accounts.byEmail(email.strip()).orElse(null);
        StaffAccount a = row == null ? null : row.account();
        boolean eligible = PasswordChecks.usable(a, now) && actor.belongsTo(a.clinicId())
                && CONFIRMERS.contains(a.role()) && !a.id().equals(actor.userId());
        if (!eligible || !checks.matches(row, password)) {
            checks.refused(actor, eligible ? a : null, RESOURCE, a == null ? null : a.id(),
                    eligible ? "wrong password" : "not an eligible second person");
            throw InvalidInput.of("verifierPassword", WRONG);
        }
        checks.accepted(a);
        return new StaffMember(a.id(), a.displayName());
    }
}
