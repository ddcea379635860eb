package org.regenpath.trace;

import org.regenpath.patient.PatientView;
import org.regenpath.shared.PatientId;

/**
 * A patient found by a trace.
 *
 * @param id the patient number
 * @param mrn the clinic's medical record number; {@code null} for a lab technician, who sees patients only by
 *     number, as on the lab board
 * @param name family name, given name; {@code null} for a lab technician
 */
public record TracedPatient(PatientId id, String mrn, String name) {

    static TracedPatient of(PatientView patient, boolean identified) {
        return identified ? new TracedPatient(patient.id(), patient.mrn(), patient.displayName())
                : new TracedPatient(patient.id(), null, null);
    }
}
