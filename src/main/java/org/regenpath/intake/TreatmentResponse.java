package org.regenpath.intake;

/** How a treatment worked. {@link #LOSS_OF_EFFECT} is tolerance: it worked, then stopped working. */
public enum TreatmentResponse {
    NO_RELIEF("No relief"),
    PARTIAL_RELIEF("Partial relief"),
    GOOD_RELIEF("Good relief"),
    LOSS_OF_EFFECT("Worked, then stopped working (tolerance)"),
    NOT_TOLERATED("Not tolerated");

    private final String label;

    TreatmentResponse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
