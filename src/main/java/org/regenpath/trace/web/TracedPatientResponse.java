package org.regenpath.trace.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.regenpath.shared.PatientId;
import org.regenpath.trace.TracedPatient;

/**
 * A patient found by a trace as the JSON API sends it (decision 0038): its own type, so the module may change
 * {@link TracedPatient} without changing what clients read. Field names, order and values are those clients have
 * always read; the schema keeps its published name.
 */
@Schema(name = "TracedPatient")
record TracedPatientResponse(PatientId id, String name, String label, String mrn, boolean chart) {

    static TracedPatientResponse of(TracedPatient p) {
        return p == null ? null : new TracedPatientResponse(p.id(), p.name(), p.label(), p.mrn(), p.chart());
    }
}
