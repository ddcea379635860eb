package org.regenpath.identity;

import java.util.Collection;
import java.util.List;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.regenpath.shared.UserId;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A patient signed in to the portal, held in the security context. It has the single authority
 * {@code ROLE_PATIENT}; an account still waiting for its password is disabled and cannot sign in. Public so
 * that tests can sign a patient in without a password round trip.
 */
public final class PatientPrincipal implements SignedIn, CredentialsContainer {

    private final UserId id;
    private final ClinicId clinicId;
    private final PatientId patientId;
    private final String email;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    PatientPrincipal(PatientAccount account, String passwordHash, boolean locked) {
        this.id = account.id();
        this.clinicId = account.clinicId();
        this.patientId = account.patientId();
        this.email = account.email();
        this.enabled = account.active();
        this.locked = locked;
        this.passwordHash = passwordHash;
    }

    /** A principal for a known account, already authenticated; for tests and trusted callers. */
    public static PatientPrincipal of(PatientAccount account) {
        return new PatientPrincipal(account, null, false);
    }

    public UserId id() {
        return id;
    }

    public ClinicId clinicId() {
        return clinicId;
    }

    public PatientId patientId() {
        return patientId;
    }

    public Role role() {
        return Role.PATIENT;
    }

    /** What the shared page header shows; the login name, since identity keeps no patient names. */
    public String displayName() {
        return email;
    }

    @Override
    public Actor actor(String address) {
        return new Actor(id, email, Role.PATIENT, clinicId, patientId, address);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(Role.PATIENT.authority()));
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
        return o instanceof PatientPrincipal p && p.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "PatientPrincipal[account " + id + ", patient " + patientId + "]";
    }
}
