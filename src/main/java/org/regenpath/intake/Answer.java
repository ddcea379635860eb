package org.regenpath.intake;

/** An answer to a health-screen question; a question nobody has answered is {@link #UNKNOWN}. */
public enum Answer {
    YES("Yes"),
    NO("No"),
    UNKNOWN("Not known");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
