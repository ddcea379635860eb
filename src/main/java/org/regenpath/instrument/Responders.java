package org.regenpath.instrument;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.regenpath.shared.InvalidInput;

/**
 * Responder status of a follow-up score against baseline. Pure functions.
 *
 * <p>Pain intensity (NRS, PEG): a reduction of at least 30% is moderately important and of at least 50% substantial
 * (IMMPACT: Dworkin RH et al., J Pain 2008;9(2):105-121). Every instrument: whether the improvement reaches its MCID
 * from the Questionnaire file (e.g. NRS 2 points, Farrar 2001; ODI 10 points, Ostelo 2008; NDI 5 raw points,
 * Vernon; PHQ-9 5 points, Löwe 2004). Improvement is measured in the instrument's better direction, so a fall in
 * NRS and a rise in KOOS both count as improvement.
 *
 * <p>Comparisons are exact: scores are fractions ({@link ExactScore}; a PEG score is its sum in thirds), compared by
 * cross-multiplying whole numbers and exact decimals, so 20/3 to 14/3 is exactly a 30% reduction and 10/3 to 5/3
 * exactly 50%: a reduction of at least 30% is {@code 10 * (baseline - followUp) >= 3 * baseline}. Neither doubles
 * nor the three-decimal score a response row keeps decide. A baseline of 0 leaves no pain to reduce: the
 * percentages are undefined and reported as not applicable, never as reached or missed.
 */
public final class Responders {

    static final BigDecimal THIRTY = BigDecimal.valueOf(30);
    static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Responders() {}

    /**
     * Compares a follow-up score with the baseline score on the instrument's reported scale (for KOOS, one
     * subscale). Use {@link ExactScore#of(Instrument, ScaleScore)} for scores as scored or stored.
     *
     * @throws InvalidInput when a score lies outside the instrument's range (field {@code baseline} or
     *     {@code followUp}) or the instrument is categorical (PGIC: use {@link ScoreFlag#PGIC_RESPONDER})
     */
    public static ResponderStatus assess(Instrument instrument, ExactScore baseline, ExactScore followUp) {
        ScoringSpec spec = instrument.scoring();
        if (spec.direction() == Direction.NOT_ORDERED) {
            throw InvalidInput.of("instrument", instrument.title() + " is categorical; its responder status is the "
                    + "answer itself (much or very much improved).");
        }
        inRange(spec, "baseline", baseline);
        inRange(spec, "followUp", followUp);
        // Both over the common denominator d = baseline.denominator * followUp.denominator, exactly.
        BigDecimal d = BigDecimal.valueOf((long) baseline.denominator() * followUp.denominator());
        BigDecimal base = baseline.scaledBy(followUp.denominator());
        BigDecimal follow = followUp.scaledBy(baseline.denominator());
        BigDecimal improvement = spec.direction() == Direction.LOWER_IS_BETTER ? base.subtract(follow)
                : follow.subtract(base);
        List<String> notes = new ArrayList<>();
        BigDecimal percent = null;
        Threshold thirty = Threshold.NOT_APPLICABLE;
        Threshold fifty = Threshold.NOT_APPLICABLE;
        if (!spec.immpactPainIntensity()) {
            notes.add("IMMPACT percentage thresholds apply to pain intensity (NRS, PEG) only.");
        } else if (base.signum() == 0) {
            notes.add("Baseline pain is 0: there is no pain to reduce, so the IMMPACT percentages are undefined.");
        } else {
            percent = improvement.multiply(HUNDRED).divide(base, MathContext.DECIMAL64);
            thirty = reached(improvement.multiply(HUNDRED).compareTo(THIRTY.multiply(base)) >= 0);
            fifty = reached(improvement.multiply(HUNDRED).compareTo(FIFTY.multiply(base)) >= 0);
        }
        Mcid mcid = spec.mcid();
        Threshold mcidStatus = Threshold.NOT_APPLICABLE;
        if (mcid == null) {
            notes.add(instrument.title() + " has no verified single MCID.");
        } else {
            mcidStatus = reached(improvement.compareTo(mcid.value().multiply(d)) >= 0);
        }
        return new ResponderStatus(instrument.id(), baseline.decimal(), followUp.decimal(),
                improvement.divide(d, MathContext.DECIMAL64), percent, thirty, fifty, mcidStatus, mcid,
                notes.isEmpty() ? null : String.join(" ", notes));
    }

    private static void inRange(ScoringSpec spec, String field, ExactScore value) {
        BigDecimal d = BigDecimal.valueOf(value.denominator());
        if (value.numerator().compareTo(spec.min().multiply(d)) < 0
                || value.numerator().compareTo(spec.max().multiply(d)) > 0) {
            throw InvalidInput.of(field, "The " + field + " score " + number(value.decimal())
                    + " is outside " + spec.min().toPlainString() + "–" + spec.max().toPlainString() + ".");
        }
    }

    /**
     * PGIC: whether an answer (its ordinal, 1 "very much improved" to 7 "very much worse") makes a responder:
     * much or very much improved (Farrar JT et al., Pain 2001;94:149-158).
     */
    public static boolean pgicResponder(double ordinal) {
        return ordinal <= PgicRule.RESPONDER_MAX_ORDINAL;
    }

    /** A score for people: at most one decimal, no trailing zeros (6.67 shows as 6.7, 5.0 as 5). */
    public static String number(BigDecimal value) {
        BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    private static Threshold reached(boolean yes) {
        return yes ? Threshold.REACHED : Threshold.NOT_REACHED;
    }
}
