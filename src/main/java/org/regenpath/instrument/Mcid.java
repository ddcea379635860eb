package org.regenpath.instrument;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An instrument's minimal clinically important difference for one patient, on the instrument's reported score.
 *
 * @param value the smallest improvement that counts, in {@code unit}
 * @param unit what the value counts (e.g. "points on the 0-10 scale", "percentage points")
 * @param source the publication the value comes from
 * @param verified whether the value was read in that source (clinical-standards.md marks it ✅)
 */
public record Mcid(BigDecimal value, String unit, String source, boolean verified) {

    public Mcid {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("An MCID must be positive, was " + value);
        }
    }
}
