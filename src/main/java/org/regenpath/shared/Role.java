package org.regenpath.shared;

/**
 * The roles a user can hold. Each user holds exactly one role within one clinic; the role names are what
 * Spring Security sees, prefixed with {@code ROLE_}.
 */
public enum Role {
    CLINIC_ADMIN("Clinic admin"),
    CLINICIAN("Clinician"),
    COORDINATOR("Coordinator"),
    LAB_TECHNICIAN("Lab technician"),
    RESEARCHER("Researcher");

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
}
