package org.regenpath.identity;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads staff accounts for sign-in; a locked account fails before its password is checked. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final Clock clock;

    StaffUserDetailsService(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Accounts.Row row = accounts.byEmail(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new StaffPrincipal(row.account(), row.passwordHash(), row.account().lockedAt(Instant.now(clock)));
    }
}
