package org.regenpath.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo users {@code <role>@<domain>} for a clinic and sets their shared password. Only the demo
 * module calls this; it never touches accounts outside the demo domains.
 */
@Service
public class DemoAccounts {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    DemoAccounts(Accounts accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** The demo login name for a role, e.g. {@code lab@demo-clinic.example}. */
    public static String email(Role role, String domain) {
        String local = switch (role) {
            case CLINIC_ADMIN -> "admin";
            case LAB_TECHNICIAN -> "lab";
            case DIRECTORY_EDITOR -> "editor";
            default -> role.name().toLowerCase(Locale.ROOT);
        };
        return local + "@" + domain;
    }

    /**
     * Creates or updates the demo users of each clinic ({@code <role>@<domain>} for every role) with the shared
     * password. The password is hashed once for all of them: an Argon2 hash is deliberately costly (tens of
     * milliseconds warm, several times that in a JVM that has just started), this runs before the application is
     * ready, and the demo users share the password anyway.
     *
     * @param domains each demo clinic's e-mail domain, which must end in {@code .example}
     */
    @Transactional
    public void ensure(Map<ClinicId, String> domains, List<Role> roles, String password) {
        domains.values().forEach(domain -> {
            if (!domain.endsWith(".example")) {
                throw new IllegalArgumentException("Demo accounts live only in .example domains");
            }
        });
        String hash = passwords.encode(password);
        domains.forEach((clinic, domain) -> {
            for (Role role : roles) {
                String email = email(role, domain);
                var existing = accounts.byEmail(email);
                if (existing.isPresent()) {
                    accounts.setPassword(existing.get().account().id(), hash, false);
                } else {
                    accounts.insert(clinic, email, "Demo " + role.label(), role, hash, Instant.now(clock));
                }
            }
        });
    }

    /**
     * The demo user of a role as the services see them, for demo data recorded in that user's name (e.g. a consent
     * the demo clinician countersigned).
     *
     * @throws IllegalStateException when {@link #ensure} has not made that user
     */
    @Transactional(readOnly = true)
    public Actor actor(Role role, String domain) {
        String email = email(role, domain);
        Accounts.Row row = accounts.byEmail(email)
                .orElseThrow(() -> new IllegalStateException("No demo user " + email));
        return StaffPrincipal.of(row.account()).actor(null);
    }
}
