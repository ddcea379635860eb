package org.regenpath.trace.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.regenpath.trace.LotTrace;

/**
 * What a kit lot or device touched, as the JSON API sends it (decision 0038): its own type, so the module may
 * change {@link LotTrace} without changing what clients read. Field names, order and values are those clients have
 * always read; the schema keeps its published name.
 */
@Schema(name = "LotTrace")
record LotTraceResponse(String kitLot, String device, List<TracedProductResponse> products,
        List<TracedPatientResponse> patients) {

    static LotTraceResponse of(LotTrace t) {
        return new LotTraceResponse(t.kitLot(), t.device(), TracedProductResponse.of(t.products()),
                t.patients().stream().map(TracedPatientResponse::of).toList());
    }
}
