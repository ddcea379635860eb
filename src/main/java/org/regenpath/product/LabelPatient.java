package org.regenpath.product;

import java.time.LocalDate;
import java.util.Objects;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.PatientId;

/**
 * The patient as labels print them: the two identifiers a person checks by eye (name and date of birth) and the
 * clinic's MRN, beside (never inside) the product code, and the patient id the wristband barcode carries.
 *
 * @param id the patient id, which the wristband barcode carries
 * @param familyName family name, printed in capitals
 * @param givenName given name
 * @param dateOfBirth date of birth
 * @param mrn the clinic's medical record number
 */
record LabelPatient(PatientId id, String familyName, String givenName, LocalDate dateOfBirth, String mrn) {

    LabelPatient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(mrn, "mrn");
    }

    static LabelPatient of(PatientView p) {
        return new LabelPatient(p.id(), p.familyName(), p.givenName(), p.dateOfBirth(), p.mrn());
    }

    /** What the wristband barcode carries, exactly what the bedside screen reads as a wristband scan. */
    String scan() {
        return BedsideCheck.wristbandScan(id);
    }
}
