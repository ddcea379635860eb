package org.regenpath.followup;

import java.util.Objects;

/**
 * The default instrument set chosen for a condition, and how it was chosen.
 *
 * @param set the instrument set
 * @param matchedBy whether the clinic's own set, the condition id itself, its category, or nothing matched
 */
public record SetChoice(InstrumentSet set, MatchedBy matchedBy) {

    /** How a set was chosen. */
    public enum MatchedBy {
        /** The clinic chose its own set for this condition. */
        CLINIC,
        /** The condition id has a set of its own. */
        CONDITION,
        /** The condition id is not mapped; its category's set applies. */
        CATEGORY,
        /** Neither is mapped; the general set applies. */
        DEFAULT
    }

    public SetChoice {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(matchedBy, "matchedBy");
    }
}
