package org.regenpath.identity;

import java.time.Clock;
import java.time.Instant;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.shared.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins towards lockout and throttling, and records every sign-in in the audit trail. */
@Component
class SignInEvents {

    private final Accounts accounts;
    private final AuditTrail audit;
    private final LoginThrottle throttle;
    private final IdentityProperties properties;
    private final Clock clock;

    SignInEvents(
            Accounts accounts, AuditTrail audit, LoginThrottle throttle, IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.throttle = throttle;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        String username = auth.getName();
        String address = address(auth);
        throttle.failedFrom(address);
        Accounts.Row row = accounts.byEmail(username == null ? "" : username.trim()).orElse(null);
        if (row != null && event instanceof AuthenticationFailureBadCredentialsEvent) {
            accounts.recordFailure(row.account().id(), properties.lockoutThreshold(),
                    Instant.now(clock).plus(properties.lockoutDuration()));
        }
        Actor known = row == null ? null : actor(row.account(), address);
        audit.signIn(username, known, AuditAction.LOGIN_FAILED, false, event.getException().getClass()
                .getSimpleName().replace("Exception", ""), address);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal p) {
            accounts.resetFailures(p.id());
        }
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal p) {
            String address = address(event.getAuthentication());
            audit.signIn(p.getUsername(), new Actor(p.id(), p.getUsername(), p.role(), p.clinicId(), address),
                    AuditAction.LOGIN, true, "signed in", address);
        }
    }

    private static Actor actor(StaffAccount a, String address) {
        return new Actor(a.id(), a.email(), a.role(), a.clinicId(), address);
    }

    private static String address(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
