package org.regenpath.intake.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.regenpath.intake.ClinicPolicy;

/**
 * A clinic's screening policy as the JSON API sends it (decision 0038): its own type, so the module may change
 * {@link ClinicPolicy} without changing what clients read. Field names, order and values are those clients have
 * always read (the {@code label} last, as the module record's extra property was); the schema keeps its published
 * name.
 */
@Schema(name = "ClinicPolicy")
record ClinicPolicyResponse(
        String version,
        int minConservativeCareWeeks,
        int steroidWashoutWeeks,
        BigDecimal maxHba1cPercent,
        BigDecimal maxBmi,
        String label) {

    static ClinicPolicyResponse of(ClinicPolicy p) {
        return new ClinicPolicyResponse(p.version(), p.minConservativeCareWeeks(), p.steroidWashoutWeeks(),
                p.maxHba1cPercent(), p.maxBmi(), p.label());
    }
}
