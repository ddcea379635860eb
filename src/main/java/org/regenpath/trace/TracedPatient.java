package org.regenpath.trace;

import org.regenpath.patient.PatientView;
import org.regenpath.shared.PatientId;

/**
 * A patient found by a trace, named as a person reads them: never by the record number alone.
 *
 * @param id the patient's record number, for links only
 * @param name family name, given name, as the chart shows it
 * @param label the product label's patient line (name, date of birth, MRN): what a lab technician sees, who may not
 *     open charts but reads on screen what the label they print shows
 * @param mrn the clinic's medical record number
 * @param chart whether the reader may open the patient's chart (a clinician); a lab technician may not
 */
public record TracedPatient(PatientId id, String name, String label, String mrn, boolean chart) {

    static TracedPatient of(PatientView patient, boolean chart) {
        return new TracedPatient(patient.id(), patient.displayName(), patient.labelLine(), patient.mrn(),
                chart);
    }
}
