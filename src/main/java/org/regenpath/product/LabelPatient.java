package org.regenpath.product;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;

/**
 * The patient as labels print them: the two identifiers a person checks by eye (name and date of birth) and the
 * clinic's MRN, beside (never inside) the product code, and the clinic and patient ids the wristband barcode
 * carries.
 *
 * @param clinic the patient's clinic, which the wristband barcode carries
 * @param id the patient id, which the wristband barcode carries
 * @param familyName family name, printed in capitals
 * @param givenName given name
 * @param dateOfBirth date of birth
 * @param mrn the clinic's medical record number
 */
record LabelPatient(ClinicId clinic, PatientId id, String familyName, String givenName, LocalDate dateOfBirth,
        String mrn) {

    LabelPatient {
        Objects.requireNonNull(clinic, "clinic");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(mrn, "mrn");
    }

    static LabelPatient of(PatientView p) {
        return new LabelPatient(p.clinicId(), p.id(), p.familyName(), p.givenName(), p.dateOfBirth(), p.mrn());
    }

    /** The name as labels print it, as {@link org.regenpath.patient.PatientView#labelLine()} shows it on screen. */
    String labelName() {
        return familyName.toUpperCase(Locale.ROOT) + ", " + givenName;
    }

    /** The date of birth as labels print it: ISO 8601, which no reader can take for another date (decision 0031). */
    String birth() {
        return dateOfBirth.toString();
    }

    /** What the wristband barcode carries, exactly what the bedside screen reads as a wristband scan. */
    String scan() {
        return Wristbands.code(clinic, id);
    }
}
