package org.regenpath.shared;

import java.util.Objects;

/**
 * Who is acting: the signed-in user, their role and clinic, and the address the request came from. Every
 * service call that touches patient data takes an actor, so that authorisation and the audit trail see the
 * same facts.
 *
 * @param userId the account, or {@code null} for the system itself (demo data, scheduled jobs); for a
 *     {@link Role#PATIENT} it is the patient's portal account, whose ids are counted apart from staff accounts
 * @param username the login name (an e-mail address), or {@code "system"}
 * @param role the role, or {@code null} for the system
 * @param clinicId the clinic the user belongs to, or {@code null} for the system
 * @param patientId the patient a {@link Role#PATIENT} account belongs to; {@code null} for staff and the system
 * @param address the remote address of the request, or {@code null} outside a request
 * @param displayName the person's name as colleagues see it (a staff account's display name), which records that
 *     name a person keep; the login name when there is no other (a patient's portal account, the system)
 */
public record Actor(UserId userId, String username, Role role, ClinicId clinicId, PatientId patientId,
        String address, String displayName) {

    private static final String SYSTEM = "system";

    public Actor {
        Objects.requireNonNull(username, "username");
        if ((role == Role.PATIENT) != (patientId != null)) {
            throw new IllegalArgumentException("A patient actor names its patient, and only a patient actor does");
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
    }

    /** An actor known only by the login name, which then also stands for the person's name. */
    public Actor(UserId userId, String username, Role role, ClinicId clinicId, PatientId patientId, String address) {
        this(userId, username, role, clinicId, patientId, address, null);
    }

    /** The application acting on its own, e.g. when loading demo data. */
    public static Actor system(ClinicId clinic) {
        return new Actor(null, SYSTEM, null, clinic, null, null);
    }

    /** True only for {@link #system(ClinicId)}: no account, and the reserved name {@code system}. */
    public boolean isSystem() {
        return userId == null && role == null && SYSTEM.equals(username);
    }

    /** True for a patient signed in to the portal. */
    public boolean isPatient() {
        return role == Role.PATIENT;
    }

    public boolean hasRole(Role... roles) {
        if (isSystem()) {
            return true;
        }
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actor as a record names the person who did something: the account (0 for the system) and the display
     * name, never the login e-mail when the account has a name.
     */
    public StaffMember staffMember() {
        return new StaffMember(userId == null ? UserId.of(0) : userId, displayName);
    }

    public boolean belongsTo(ClinicId clinic) {
        return clinicId != null && clinicId.equals(clinic);
    }
}
