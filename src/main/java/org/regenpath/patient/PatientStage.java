package org.regenpath.patient;

/** How far a patient has come on the treatment path, in the order the path runs. */
public enum PatientStage {
    REGISTERED("Registered"),
    ELIGIBLE("Candidacy: eligible"),
    NOT_ELIGIBLE("Candidacy: not eligible"),
    PLAN_APPROVED("Plan approved"),
    TREATED("Treated");

    private final String label;

    PatientStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
