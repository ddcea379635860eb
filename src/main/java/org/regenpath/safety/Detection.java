package org.regenpath.safety;

/**
 * How the clinic learned of an adverse event. Events asked about (the solicited checklist) and events waited for
 * (everything else) are counted apart: asking finds many more.
 */
public enum Detection {
    SOLICITED_CHECKLIST("Answered on the solicited checklist"),
    PATIENT_PORTAL("Reported by the patient in the portal"),
    PHONE("Told to the clinic by phone"),
    CLINICIAN_OBSERVED("Observed by a clinician");

    private final String label;

    Detection(String label) {
        this.label = label;
    }

    /** How it was detected, in words. */
    public String label() {
        return label;
    }
}
