package org.regenpath.product;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.shared.InvalidInput;

/**
 * A clinic's release criteria for one product type. These are the clinic's own numbers, set by its lab director
 * from its validated procedures; Regenpath ships none and invents none. Each criterion is optional ({@code null}
 * means the clinic does not release on it), but at least one must be set.
 *
 * <p>CFU-F is recorded with the measurements but is not a release criterion: the colony assay reads out after
 * days, long after a same-day product has been injected.
 *
 * @param minViabilityPercent the lowest viability, in percent, at which the product may be released
 * @param minTotalNucleatedCells the fewest total nucleated cells
 * @param minCd34PositiveCells the fewest CD34+ cells
 * @param maxTimeOutsideBody the longest time from collection to release
 */
public record QcCriteria(
        BigDecimal minViabilityPercent, Long minTotalNucleatedCells, Long minCd34PositiveCells,
        Duration maxTimeOutsideBody) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public QcCriteria {
        Map<String, String> errors = new LinkedHashMap<>();
        if (minViabilityPercent != null
                && (minViabilityPercent.signum() < 0 || minViabilityPercent.compareTo(HUNDRED) > 0)) {
            errors.put("minViabilityPercent", "Viability is a percentage from 0 to 100");
        }
        if (minTotalNucleatedCells != null && minTotalNucleatedCells < 0) {
            errors.put("minTotalNucleatedCells", "Cannot be negative");
        }
        if (minCd34PositiveCells != null && minCd34PositiveCells < 0) {
            errors.put("minCd34PositiveCells", "Cannot be negative");
        }
        if (maxTimeOutsideBody != null && (maxTimeOutsideBody.isNegative() || maxTimeOutsideBody.isZero())) {
            errors.put("maxTimeOutsideBody", "Must be longer than zero");
        }
        if (minViabilityPercent == null && minTotalNucleatedCells == null && minCd34PositiveCells == null
                && maxTimeOutsideBody == null) {
            errors.put("criteria", "Set at least one release criterion");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /**
     * Every criterion the measurements do not meet, in words a lab technician can act on; empty when the product
     * meets them all. A criterion whose value was not measured is unmet.
     */
    public List<String> unmet(Measurements m, Duration timeOutsideBody) {
        List<String> unmet = new ArrayList<>();
        if (minViabilityPercent != null) {
            check(unmet, "viability", m.viabilityPercent(), minViabilityPercent, "%");
        }
        if (minTotalNucleatedCells != null) {
            check(unmet, "total nucleated cells", toDecimal(m.totalNucleatedCells()),
                    BigDecimal.valueOf(minTotalNucleatedCells), "");
        }
        if (minCd34PositiveCells != null) {
            check(unmet, "CD34+ cells", toDecimal(m.cd34PositiveCells()), BigDecimal.valueOf(minCd34PositiveCells),
                    "");
        }
        if (maxTimeOutsideBody != null && timeOutsideBody.compareTo(maxTimeOutsideBody) > 0) {
            unmet.add("time outside the body " + describe(timeOutsideBody) + " is longer than the clinic's maximum of "
                    + describe(maxTimeOutsideBody));
        }
        return unmet;
    }

    private static void check(List<String> unmet, String what, BigDecimal value, BigDecimal minimum, String unit) {
        String min = minimum.toPlainString() + unit;
        if (value == null) {
            unmet.add(what + " was not measured; the clinic's minimum is " + min);
        } else if (value.compareTo(minimum) < 0) {
            unmet.add(what + " " + value.toPlainString() + unit + " is below the clinic's minimum of " + min);
        }
    }

    private static BigDecimal toDecimal(Long value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    /** {@code 2 h 05 min}. */
    static String describe(Duration d) {
        return d.toHours() + " h " + String.format("%02d", d.toMinutesPart()) + " min";
    }
}
