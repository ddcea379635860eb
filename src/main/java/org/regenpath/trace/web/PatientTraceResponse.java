package org.regenpath.trace.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.regenpath.trace.PatientTrace;

/**
 * A patient's trace as the JSON API sends it (decision 0038): its own type, so the module may change
 * {@link PatientTrace} without changing what clients read. Field names, order and values are those clients have
 * always read; the schema keeps its published name.
 */
@Schema(name = "PatientTrace")
record PatientTraceResponse(TracedPatientResponse patient, List<TracedProductResponse> products) {

    static PatientTraceResponse of(PatientTrace t) {
        return new PatientTraceResponse(TracedPatientResponse.of(t.patient()), TracedProductResponse.of(t.products()));
    }
}
