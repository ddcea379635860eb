package org.regenpath.identity;

import java.time.Clock;
import java.time.Instant;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.shared.Actor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A password re-entered on a screen, outside sign-in (a second person, a signature): checked against the account,
 * and a wrong one counted towards the account's lockout like a failed sign-in and audited as DENIED, both in their
 * own transaction so that they survive the refused request's rollback.
 */
@Component
class PasswordChecks {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final IdentityProperties properties;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    PasswordChecks(Accounts accounts, PasswordEncoder passwords, AuditTrail audit, IdentityProperties properties,
            Clock clock, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Instant now() {
        return Instant.now(clock);
    }

    /** Whether the account may act now: enabled and not locked. */
    static boolean usable(StaffAccount a, Instant now) {
        return a != null && a.enabled() && !a.lockedAt(now);
    }

    boolean matches(Accounts.Row row, String password) {
        return password != null && !password.isEmpty() && passwords.matches(password, row.passwordHash());
    }

    /**
     * Records a refusal: a failure on {@code counted} (when not null) towards its lockout, and a DENIED audit row.
     */
    void refused(Actor actor, StaffAccount counted, String resource, Object resourceId, String reason) {
        if (counted != null) {
            Instant now = now();
            ownTransaction.executeWithoutResult(status -> accounts.recordFailure(counted.id(),
                    properties.lockoutThreshold(), now.plus(properties.lockoutDuration())));
        }
        audit.denied(actor, AuditAction.ACCESS, null, resource, resourceId, reason);
    }

    /** A right password: the account's count of consecutive failures starts again. */
    void accepted(StaffAccount a) {
        accounts.resetFailures(a.id());
    }
}
