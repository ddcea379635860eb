package org.regenpath.planning;

import java.util.Objects;

/**
 * A value the rules derive from a product type rather than ask the clinician for, with the statement that
 * justifies it.
 *
 * @param value the derived value
 * @param basis why, and where that is written
 * @param <T> the kind of value
 */
public record Derived<T>(T value, Statement basis) {

    public Derived {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
    }
}
