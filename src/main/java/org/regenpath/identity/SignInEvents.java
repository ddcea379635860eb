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

/**
 * Counts failed sign-ins towards lockout and throttling, and records every sign-in in the audit trail; the same
 * for staff and patient portal accounts.
 */
@Component
class SignInEvents {

    private final Accounts accounts;
    private final PortalAccounts portalAccounts;
    private final AuditTrail audit;
    private final LoginThrottle throttle;
    private final IdentityProperties properties;
    private final Clock clock;

    SignInEvents(Accounts accounts, PortalAccounts portalAccounts, AuditTrail audit, LoginThrottle throttle,
            IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.portalAccounts = portalAccounts;
        this.audit = audit;
        this.throttle = throttle;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        String username = auth.getName();
        String email = username == null ? "" : username.trim();
        String address = address(auth);
        throttle.failedFrom(address);
        boolean badPassword = event instanceof AuthenticationFailureBadCredentialsEvent;
        Instant lockUntil = Instant.now(clock).plus(properties.lockoutDuration());
        Actor known = null;
        Accounts.Row staff = accounts.byEmail(email).orElse(null);
        if (staff != null) {
            if (badPassword) {
                accounts.recordFailure(staff.account().id(), properties.lockoutThreshold(), lockUntil);
            }
            known = StaffPrincipal.of(staff.account()).actor(address);
        } else {
            PortalAccounts.Row patient = portalAccounts.byEmail(email).orElse(null);
            if (patient != null) {
                if (badPassword) {
                    portalAccounts.recordFailure(patient.account().id(), properties.lockoutThreshold(), lockUntil);
                }
                known = PatientPrincipal.of(patient.account()).actor(address);
            }
        }
        audit.signIn(username, known, AuditAction.LOGIN_FAILED, false, event.getException().getClass()
                .getSimpleName().replace("Exception", ""), address);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Object principal = event.getAuthentication().getPrincipal();
        if (principal instanceof StaffPrincipal p) {
            accounts.resetFailures(p.id());
        } else if (principal instanceof PatientPrincipal p) {
            portalAccounts.resetFailures(p.id());
        }
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedIn p) {
            String address = address(event.getAuthentication());
            audit.signIn(p.getUsername(), p.actor(address), AuditAction.LOGIN, true, "signed in", address);
        }
    }

    private static String address(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
