package org.regenpath.intake;

/**
 * Certainty of evidence in GRADE words (GRADE Working Group; Guyatt et al., BMJ 2008;336:924-926). "High" is
 * deliberately absent: nothing in the catalog reaches it.
 */
public enum EvidenceLevel {
    MODERATE("Moderate"),
    LOW("Low"),
    VERY_LOW("Very low");

    private final String label;

    EvidenceLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
