package org.regenpath.shared;

import java.util.Arrays;
import java.util.List;

/**
 * The roles a user can hold. Each staff user holds exactly one role within one clinic; a patient's portal
 * account holds {@link #PATIENT} and sees only that patient's own records. The role names are what Spring
 * Security sees, prefixed with {@code ROLE_}.
 */
public enum Role {
    CLINIC_ADMIN("Clinic admin"),
    CLINICIAN("Clinician"),
    COORDINATOR("Coordinator"),
    LAB_TECHNICIAN("Lab technician"),
    RESEARCHER("Researcher"),
    /** A patient signed in to the patient portal; never a staff role, never chosen on the user admin page. */
    PATIENT("Patient"),
    /**
     * Verifies and publishes the public directory's provider listings (docs/decisions/0053). A platform role, not a
     * clinic's staff: never sees patient data, never chosen on a clinic's user admin page.
     */
    DIRECTORY_EDITOR("Directory editor");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** True for the clinic's own people; false for {@link #PATIENT} and the platform's {@link #DIRECTORY_EDITOR}. */
    public boolean isStaff() {
        return this != PATIENT && this != DIRECTORY_EDITOR;
    }

    /** The roles a staff account may hold, in declaration order. */
    public static List<Role> staff() {
        return Arrays.stream(values()).filter(Role::isStaff).toList();
    }
}
