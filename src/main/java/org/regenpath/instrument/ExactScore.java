package org.regenpath.instrument;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Set;

/**
 * A score as an exact fraction, {@code numerator / denominator}, for deciding thresholds without rounding. A PEG
 * score is the mean of three whole-number items (Krebs EE et al., J Gen Intern Med 2009;24(6):733-738), so it is a
 * number of thirds: 20/3 has no exact decimal or binary form, and neither a {@code double} nor the three-decimal
 * score a response row keeps can say whether 20/3 to 14/3 is a 30% reduction (it is exactly). Decisions compare
 * fractions by cross-multiplying; the decimal form is for display only.
 *
 * @param numerator the exact numerator (a whole sum, or a decimal score taken digit for digit)
 * @param denominator the positive whole denominator
 */
public record ExactScore(BigDecimal numerator, int denominator) {

    /** Scoring rules whose score is the mean of whole-number items: NRS (one item) and PEG (three). */
    private static final Set<String> MEAN_OF_ITEMS = Set.of("nrs-raw", "peg-mean");

    public ExactScore {
        Objects.requireNonNull(numerator, "numerator");
        if (denominator < 1) {
            throw new IllegalArgumentException("The denominator must be positive, not " + denominator);
        }
    }

    /** A score whose decimal digits are exact (an NRS answer, an ODI percentage of whole items, a table value). */
    public static ExactScore of(BigDecimal value) {
        return new ExactScore(value, 1);
    }

    /** The mean of {@code items} whole-number items summing to {@code sum}. */
    public static ExactScore mean(int sum, int items) {
        return new ExactScore(BigDecimal.valueOf(sum), items);
    }

    /**
     * The exact score of a scale: for instruments scored as the mean of their whole-number items (NRS, PEG) the sum
     * over the number of items, never the rounded reported value; for the others the reported value, whose IMMPACT
     * percentages do not apply and whose MCIDs are whole or decimal points that rounding to three decimals cannot
     * cross. A stored score keeps no raw sum, only the mean to three decimals; the sum is then the nearest whole
     * number to mean times items, which is exact: the stored mean lies within 0.0005 of a multiple of 1/items, so
     * mean times items lies within 0.0005 * items (under 0.5) of the sum.
     *
     * @throws IllegalArgumentException when the scale is not scored
     */
    public static ExactScore of(Instrument instrument, ScaleScore score) {
        if (!score.isScored()) {
            throw new IllegalArgumentException("Scale " + score.scale() + " is not scored");
        }
        if (!MEAN_OF_ITEMS.contains(instrument.scoring().rule())) {
            return of(BigDecimal.valueOf(score.value()));
        }
        int items = score.itemCount();
        int sum = score.rawSum() != null ? score.rawSum()
                : BigDecimal.valueOf(score.value()).multiply(BigDecimal.valueOf(items))
                        .setScale(0, RoundingMode.HALF_UP).intValueExact();
        return mean(sum, items);
    }

    /** The value to show, to 16 significant digits. */
    public BigDecimal decimal() {
        return numerator.divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
    }

    /** The numerator over the denominator {@code denominator * other}, exact. */
    BigDecimal scaledBy(int otherDenominator) {
        return numerator.multiply(BigDecimal.valueOf(otherDenominator));
    }
}
