package org.regenpath.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.shared.Actor;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.Role;
import org.regenpath.shared.StaffMember;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A colleague confirming a step at the signed-in user's side (the bedside second person): they type their own
 * e-mail and password on the same screen. A wrong password counts towards the colleague's lockout like a failed
 * sign-in and is audited as DENIED; both survive the refused request's rollback. The colleague must be an enabled,
 * unlocked clinical user of the same clinic, and not the signed-in user.
 */
@Service
public class SecondPerson {

    static final String RESOURCE = "SecondPerson";
    private static final Set<Role> CONFIRMERS = Set.of(Role.CLINICIAN, Role.COORDINATOR, Role.LAB_TECHNICIAN);
    private static final String WRONG = "The second person's e-mail or password is wrong, or they may not confirm"
            + " this.";

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final IdentityProperties properties;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    SecondPerson(Accounts accounts, PasswordEncoder passwords, AuditTrail audit, IdentityProperties properties,
            Clock clock, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Checks the colleague's credentials.
     *
     * @return the colleague, as the record names them
     * @throws InvalidInput on {@code verifierPassword} when the credentials are wrong or the colleague may not
     *     confirm; the message does not say which
     */
    public StaffMember confirm(Actor actor, String email, String password) {
        Instant now = Instant.now(clock);
        Accounts.Row row = email == null ? null : accounts.byEmail(email.strip()).orElse(null);
        StaffAccount a = row == null ? null : row.account();
        boolean eligible = a != null && a.enabled() && !a.lockedAt(now) && actor.belongsTo(a.clinicId())
                && CONFIRMERS.contains(a.role()) && !a.id().equals(actor.userId());
        boolean matches = eligible && password != null && passwords.matches(password, row.passwordHash());
        if (!matches) {
            ownTransaction.executeWithoutResult(status -> {
                if (eligible) {
                    accounts.recordFailure(a.id(), properties.lockoutThreshold(),
                            now.plus(properties.lockoutDuration()));
                }
            });
            audit.denied(actor, AuditAction.ACCESS, null, RESOURCE, a == null ? null : a.id(),
                    eligible ? "wrong password" : "not an eligible second person");
            throw InvalidInput.of("verifierPassword", WRONG);
        }
        accounts.resetFailures(a.id());
        return new StaffMember(a.id(), a.displayName());
    }
}
