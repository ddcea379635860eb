package org.regenpath.planning;

import java.util.Objects;

/**
 * A sentence of regulatory meaning and the passage it rests on, e.g. why a product type implies more than minimal
 * manipulation.
 *
 * @param text the statement in plain words
 * @param citation its source
 */
public record Statement(String text, Citation citation) {

    public Statement {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(citation, "citation");
    }

    @Override
    public String toString() {
        return text + " [" + citation.describe() + "]";
    }
}
