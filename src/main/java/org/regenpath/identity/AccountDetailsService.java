package org.regenpath.identity;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads accounts for sign-in by e-mail: staff accounts first, then patient portal accounts (an address is
 * either, never both). A locked account fails before its password is checked; a patient account still waiting
 * for its password is disabled.
 */
@Component
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final PortalAccounts portalAccounts;
    private final Clock clock;

    AccountDetailsService(Accounts accounts, PortalAccounts portalAccounts, Clock clock) {
        this.accounts = accounts;
        this.portalAccounts = portalAccounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String email = username == null ? "" : username.trim();
        Instant now = Instant.now(clock);
        Accounts.Row staff = accounts.byEmail(email).orElse(null);
        if (staff != null) {
            return new StaffPrincipal(staff.account(), staff.passwordHash(), staff.account().lockedAt(now),
                    staff.mustChangePassword());
        }
        PortalAccounts.Row patient = portalAccounts.byEmail(email)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new PatientPrincipal(patient.account(), patient.passwordHash(), patient.account().lockedAt(now));
    }
}
