package org.regenpath.instrument;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How an instrument is scored and how its score is read.
 *
 * @param rule the scoring rule id (e.g. {@code koos-subscales}); each rule cites its source in its Javadoc
 * @param direction which way the reported score improves
 * @param min the lowest reported score
 * @param max the highest reported score
 * @param mcid the minimal clinically important difference, or {@code null} where no verified single value
 *     exists (KOOS JR, HOOS JR, PEG): responder status then reports the MCID as not applicable
 * @param immpactPainIntensity whether IMMPACT's 30% and 50% pain-intensity reductions apply (NRS, PEG)
 */
public record ScoringSpec(String rule, Direction direction, BigDecimal min, BigDecimal max, Mcid mcid,
        boolean immpactPainIntensity) {

    public ScoringSpec {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) >= 0) {
            throw new IllegalArgumentException("Score range " + min + ".." + max + " is empty");
        }
    }

    /** The MCID, when the instrument has one. */
    public Optional<Mcid> mcidIfAny() {
        return Optional.ofNullable(mcid);
    }
}
