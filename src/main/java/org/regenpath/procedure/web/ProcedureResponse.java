package org.regenpath.procedure.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.procedure.ProcedureRecord;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.PatientId;

/**
 * A procedure record as the JSON API sends it (decision 0038): its own type, so the module may change
 * {@link ProcedureRecord} without changing what clients read. Field names, order and values are those clients have
 * always read; the schema keeps its published name.
 */
@Schema(name = "ProcedureRecord")
record ProcedureResponse(
        long id, PatientId patientId, String productId, long planId, Instant performedAt, String operator,
        ImageGuidance imageGuidance, List<Site> sites, String complications, String instructions, Instant recordedAt) {

    /** One injected site. */
    @Schema(name = "Site")
    record Site(InjectionSite site, BigDecimal volumeMl, Long cells) {}

    static ProcedureResponse of(ProcedureRecord r) {
        return new ProcedureResponse(r.id(), r.patientId(), r.productId(), r.planId(), r.performedAt(), r.operator(),
                r.imageGuidance(), r.sites().stream().map(s -> new Site(s.site(), s.volumeMl(), s.cells()))
                        .toList(), r.complications(), r.instructions(), r.recordedAt());
    }
}
