package org.regenpath.shared;

/**
 * The side of the body an injection site is on. A bilateral treatment is planned as two sites, one per side, so
 * that each side has its own dose and its own bedside check. Spinal discs and other midline structures are
 * {@link #MIDLINE}.
 */
public enum Laterality {
    LEFT("Left"),
    RIGHT("Right"),
    MIDLINE("Midline");

    private final String label;

    Laterality(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
