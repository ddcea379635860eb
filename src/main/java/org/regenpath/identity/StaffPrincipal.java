package org.regenpath.identity;

import java.util.Collection;
import java.util.List;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Role;
import org.regenpath.shared.UserId;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in staff member held in the security context. Public so that tests can sign a user in without a
 * password round trip; it exposes no hash once credentials are erased.
 */
public final class StaffPrincipal implements SignedIn, CredentialsContainer {

    private final UserId id;
    private final ClinicId clinicId;
    private final String email;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private String passwordHash;

    StaffPrincipal(StaffAccount account, String passwordHash, boolean locked, boolean mustChangePassword) {
        this.id = account.id();
        this.clinicId = account.clinicId();
        this.email = account.email();
        this.displayName = account.displayName();
        this.role = account.role();
        this.enabled = account.enabled();
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
        this.passwordHash = passwordHash;
    }

    /** A principal for a known account, already authenticated; for tests and trusted callers. */
    public static StaffPrincipal of(StaffAccount account) {
        return new StaffPrincipal(account, null, false, false);
    }

    public UserId id() {
        return id;
    }

    public ClinicId clinicId() {
        return clinicId;
    }

    public Role role() {
        return role;
    }

    /** True when an admin set the password: every page leads to "Choose a new password" until the user has. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public Actor actor(String address) {
        return new Actor(id, email, role, clinicId, null, address, displayName);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaffPrincipal p && p.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + email + ", " + role + ", clinic " + clinicId + "]";
    }
}
