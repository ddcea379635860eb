package org.regenpath.intake;

import java.math.BigDecimal;

/**
 * A clinic's screening policy as entered by its admin; nulls are allowed here so that the service names every
 * missing field.
 *
 * @param version a new name for this set of values, at most 40 characters, e.g. {@code 2027-01}
 * @param minConservativeCareWeeks 0 to 104
 * @param steroidWashoutWeeks 0 to 104
 * @param maxHba1cPercent 5 to 15
 * @param maxBmi 20 to 80
 */
public record ClinicPolicyInput(
        String version,
        Integer minConservativeCareWeeks,
        Integer steroidWashoutWeeks,
        BigDecimal maxHba1cPercent,
        BigDecimal maxBmi) {}
