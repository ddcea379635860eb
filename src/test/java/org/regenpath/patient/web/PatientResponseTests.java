package org.regenpath.patient.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regenpath.patient.PatientView;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import tools.jackson.databind.json.JsonMapper;

/** The API's own patient type reads exactly as the module record did, field for field and in the same order. */
class PatientResponseTests {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private static PatientView patient(String email, String phone, String postalCode) {
        return new PatientView(PatientId.of(7), ClinicId.of(2), "MRN-000123", "Ada", "Lovelace",
                LocalDate.of(1958, 3, 9), SexAtBirth.F, email, phone, postalCode,
                Instant.parse("2026-11-30T08:00:00Z"), Instant.parse("2026-12-01T15:30:00.123456Z"), 3);
    }

    @Test
    void serialisesAsTheModuleRecordDidWithTheContactDetailsSet() {
        PatientView patient = patient("ada@example.org", "+44 20 7946 0000", "NW1 6XE");
        String before = JSON.writeValueAsString(patient);
        assertThat(JSON.writeValueAsString(PatientResponse.of(patient))).isEqualTo(before);
        assertThat(before).startsWith("{\"id\":7,\"clinicId\":2,\"mrn\":\"MRN-000123\",\"givenName\":\"Ada\"")
                .contains("\"dateOfBirth\":\"1958-03-09\",\"sexAtBirth\":\"F\",\"email\":\"ada@example.org\"")
                .endsWith("\"updatedAt\":\"2026-12-01T15:30:00.123456Z\",\"version\":3}")
                .doesNotContain("displayName", "label");
    }

    @Test
    void serialisesAsTheModuleRecordDidWithoutContactDetails() {
        PatientView patient = patient(null, null, null);
        String before = JSON.writeValueAsString(patient);
        assertThat(JSON.writeValueAsString(PatientResponse.of(patient))).isEqualTo(before);
        assertThat(before).contains("\"email\":null,\"phone\":null,\"postalCode\":null");
    }
}
