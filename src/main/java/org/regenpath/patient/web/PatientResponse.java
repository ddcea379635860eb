package org.regenpath.patient.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.regenpath.patient.PatientView;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;

/**
 * A patient as the JSON API sends it (decision 0038): its own type, so the module may change {@link PatientView}
 * without changing what clients read. Field names, order and values are those clients have always read; the schema
 * keeps its published name.
 */
@Schema(name = "PatientView")
record PatientResponse(
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

    static PatientResponse of(PatientView p) {
        return new PatientResponse(p.id(), p.clinicId(), p.mrn(), p.givenName(), p.familyName(), p.dateOfBirth(),
                p.sexAtBirth(), p.email(), p.phone(), p.postalCode(), p.createdAt(), p.updatedAt(), p.version());
    }
}
