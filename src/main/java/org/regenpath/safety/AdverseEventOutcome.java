package org.regenpath.safety;

/**
 * How an adverse event ended or stands: the outcome categories of ICH E2B (recovered/resolved, recovering/resolving,
 * not recovered/not resolved, recovered/resolved with sequelae, fatal, unknown).
 */
public enum AdverseEventOutcome {
    RECOVERED("Recovered"),
    RECOVERING("Recovering"),
    NOT_RECOVERED("Not recovered"),
    RECOVERED_WITH_SEQUELAE("Recovered with lasting effects"),
    FATAL("Fatal"),
    UNKNOWN("Unknown");

    private final String label;

    AdverseEventOutcome(String label) {
        this.label = label;
    }

    /** The outcome in words. */
    public String label() {
        return label;
    }

    /** Whether the event is over, so it has a resolution date. */
    public boolean resolved() {
        return this == RECOVERED || this == RECOVERED_WITH_SEQUELAE || this == FATAL;
    }
}
