package org.regenpath.planning;

/**
 * How much processing changed the cells or tissue, in the sense of 21 CFR 1271.3(f): for structural tissue,
 * processing that does not alter the original relevant characteristics relating to its utility for
 * reconstruction, repair or replacement; for cells or non-structural tissue, processing that does not alter the
 * relevant biological characteristics. Minimal manipulation is the first criterion of 21 CFR 1271.10(a).
 */
public enum Manipulation {
    MINIMAL("Minimal manipulation"),
    MORE_THAN_MINIMAL("More than minimal manipulation");

    private final String label;

    Manipulation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
