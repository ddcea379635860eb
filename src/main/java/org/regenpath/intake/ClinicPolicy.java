package org.regenpath.intake;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The screening thresholds that no guideline sets, as a clinic's policy. The rule set file holds the defaults; a
 * clinic may record its own version, and every decision keeps the version it was made under.
 *
 * @param version e.g. {@code default-2026.12}; names the values, so a decision can be traced to them
 * @param minConservativeCareWeeks how long conservative care must have been tried to count
 * @param steroidWashoutWeeks how long after a corticosteroid injection at the target site cells are not injected
 * @param maxHba1cPercent the highest HbA1c (percent) at which diabetes counts as controlled
 * @param maxBmi the BMI (kg/m2) from which fitness for harvest and injection needs review
 */
public record ClinicPolicy(
        String version,
        int minConservativeCareWeeks,
        int steroidWashoutWeeks,
        BigDecimal maxHba1cPercent,
        BigDecimal maxBmi) {

    /** How pages label these values: they are not guideline thresholds. */
    public static final String LABEL = "Clinic policy (no guideline sets a threshold)";

    @JsonProperty("label")
    public String label() {
        return LABEL;
    }
}
