package org.regenpath.instrument;

import java.math.BigDecimal;

/**
 * How one follow-up score compares with the patient's baseline.
 *
 * @param instrumentId the instrument
 * @param baseline the baseline score
 * @param followUp the follow-up score
 * @param improvement the change in the instrument's better direction (positive = better, negative = worse)
 * @param percentImprovement the improvement as a percentage of the baseline, for pain-intensity instruments with a
 *     baseline above 0; otherwise {@code null}
 * @param thirtyPercent IMMPACT moderately important improvement: a pain-intensity reduction of at least 30%
 * @param fiftyPercent IMMPACT substantial improvement: a pain-intensity reduction of at least 50%
 * @param mcid whether the improvement reaches the instrument's MCID
 * @param mcidUsed the MCID compared against, or {@code null} where the instrument has none
 * @param note why a threshold is not applicable, or {@code null}
 */
public record ResponderStatus(String instrumentId, BigDecimal baseline, BigDecimal followUp, BigDecimal improvement,
        BigDecimal percentImprovement, Threshold thirtyPercent, Threshold fiftyPercent, Threshold mcid, Mcid mcidUsed,
        String note) {}
