package org.regenpath.product;

import java.util.Objects;

/**
 * The distinct identification code of a cell product (21 CFR 1271.290(c)): created for tracking only, printed on
 * every label, and related to the donor and every record through Regenpath, never through its own characters. The
 * code "may not include an individual's name, social security number, or medical record number"; the
 * {@link IdentifierScheme}s build it from random or facility-assigned characters only.
 *
 * @param scheme the scheme that issued it, e.g. {@value RegenpathIdScheme#NAME}
 * @param value the identifier with its check character, upper case, without separators
 */
public record ProductIdentifier(String scheme, String value) {

    public ProductIdentifier {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
