package org.regenpath.intake;

/** The side of the body a pain condition affects. */
public enum Laterality {
    LEFT("Left"),
    RIGHT("Right"),
    BILATERAL("Both sides"),
    NOT_APPLICABLE("Not applicable");

    private final String label;

    Laterality(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
