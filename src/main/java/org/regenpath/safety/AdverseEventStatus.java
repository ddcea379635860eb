package org.regenpath.safety;

/** Where an adverse event stands. */
public enum AdverseEventStatus {
    /** Entered by a coordinator from what the patient said; a clinician has not graded it yet. */
    DRAFT("Draft, not graded yet"),
    /** Graded by a clinician and followed up. */
    OPEN("Being followed up"),
    /** Closed by a clinician with its outcome. */
    CLOSED("Closed");

    private final String label;

    AdverseEventStatus(String label) {
        this.label = label;
    }

    /** The status in words. */
    public String label() {
        return label;
    }
}
