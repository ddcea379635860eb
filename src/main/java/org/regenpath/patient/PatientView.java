package org.regenpath.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;

/** A patient as other modules and the API see it. */
public record PatientView(
        PatientId id,
        ClinicId clinicId,
        String mrn,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        SexAtBirth sexAtBirth,
        String email,
        String phone,
        String postalCode,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    public String displayName() {
        return familyName + ", " + givenName;
    }

    /** "Family, Given · MRN …": how a person who reads a page or a list recognises the patient. */
    public String label() {
        return displayName() + " · MRN " + mrn;
    }

    /**
     * "FAMILY, Given · DOB 1958-03-09 · MRN …": the patient line of the product label and wristband, as plain text,
     * for a reader who may not open charts (the lab) and sees on screen exactly what the label they print shows.
     * The date of birth is ISO 8601 on purpose, as on the label (decision 0031).
     */
    public String labelLine() {
        return familyName.toUpperCase(Locale.ROOT) + ", " + givenName + " · DOB " + dateOfBirth + " · MRN " + mrn;
    }

    /** Age in whole years on the given day. */
    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }
}
