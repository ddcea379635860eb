package org.regenpath.followup.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.regenpath.instrument.Mcid;

/**
 * An instrument's MCID as the JSON API sends it (decision 0038), inside trajectories and instruments. Field names,
 * order and values are those clients have always read; the schema keeps its published name.
 */
@Schema(name = "Mcid")
record McidResponse(BigDecimal value, String unit, String source, boolean verified) {

    /** The MCID, or {@code null} where there is none. */
    static McidResponse of(Mcid m) {
        return m == null ? null : new McidResponse(m.value(), m.unit(), m.source(), m.verified());
    }
}
