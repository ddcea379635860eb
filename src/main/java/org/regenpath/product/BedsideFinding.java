package org.regenpath.product;

import java.util.Objects;

/**
 * The result of one bedside rule: passed, or a stop, with the message the bedside screen shows.
 *
 * @param rule which check
 * @param passed whether it passed
 * @param message what to tell the operator, in plain words
 */
public record BedsideFinding(BedsideRule rule, boolean passed, String message) {

    public BedsideFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    static BedsideFinding pass(BedsideRule rule, String message) {
        return new BedsideFinding(rule, true, message);
    }

    static BedsideFinding stop(BedsideRule rule, String message) {
        return new BedsideFinding(rule, false, "STOP: " + message);
    }
}
