package org.regenpath.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenpath.support.WebIT;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

class PatientApiIT extends WebIT {

    private String body(String mrn, String given, String family, String dob, String sex) {
        return """
                {"mrn": %s, "givenName": %s, "familyName": %s, "dateOfBirth": %s, "sexAtBirth": %s,
                 "email": "pat@example.org", "phone": "+1 555 0100", "postalCode": "10025"}"""
                .formatted(q(mrn), q(given), q(family), q(dob), q(sex));
    }

    private static String q(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    private long countPatients() {
        return jdbc.sql("select count(*) from patient").query(Long.class).single();
    }

    private MvcResult create(String json) throws Exception {
        return mvc.perform(post("/api/patients").with(as(CLINICIAN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn();
    }

    @Test
    void registersReadsSearchesAndUpdatesAPatient() throws Exception {
        String mrn = uniqueMrn();
        MvcResult created = create(body(mrn, "Agnes", "Varga", "1961-04-02", "F"));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        String location = created.getResponse().getHeader("Location");
        assertThat(location).matches(".*/api/patients/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get("/api/patients/" + id).with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.mrn").value(mrn))
                .andExpect(jsonPath("$.familyName").value("Varga"))
                .andExpect(jsonPath("$.dateOfBirth").value("1961-04-02"))
                .andExpect(jsonPath("$.version").value(0));

        mvc.perform(get("/api/patients").param("q", mrn).with(as(CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].givenName").value("Agnes"));
        mvc.perform(get("/api/patients").param("q", "agn varg").with(as(CLINICIAN)))
                .andExpect(jsonPath("$[?(@.mrn == '" + mrn + "')]").exists());
        mvc.perform(get("/api/patients").param("q", "1961-04-02").with(as(CLINICIAN)))
                .andExpect(jsonPath("$[?(@.mrn == '" + mrn + "')]").exists());

        String update = body(mrn, "Agnes", "Varga-Kovacs", "1961-04-02", "F")
                .replace("}", ", \"version\": 0}");
        mvc.perform(put("/api/patients/" + id).with(as(CLINICIAN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.familyName").value("Varga-Kovacs"))
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(put("/api/patients/" + id).with(as(CLINICIAN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors.version").exists());
        assertThat(jdbc.sql("select family_name from patient where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("Varga-Kovacs");
    }

    @Test
    void assignsTheNextFreeMrnWhenLeftBlank() throws Exception {
        MvcResult created = create(body("", "Bela", "Nagy", "1970-01-01", "M"));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        assertThat(created.getResponse().getContentAsString()).containsPattern("\"mrn\":\"RP-\\d{6}\"");
    }

    @Test
    void rejectsEachKindOfBadInputNamingTheFieldAndWritesNothing() throws Exception {
        String future = LocalDate.now().plusDays(1).toString();
        String longName = "A".repeat(101);
        Map<String, String> cases = Map.of(
                "dateOfBirth", body(uniqueMrn(), "Ann", "Lee", future, "F"),
                "givenName", body(uniqueMrn(), "", "Lee", "1970-01-01", "F"),
                "familyName", body(uniqueMrn(), "Ann", longName, "1970-01-01", "F"),
                "sexAtBirth", body(uniqueMrn(), "Ann", "Lee", "1970-01-01", null),
                "mrn", body("bad mrn!", "Ann", "Lee", "1970-01-01", "F"),
                "email", body(uniqueMrn(), "Ann", "Lee", "1970-01-01", "F").replace("pat@example.org", "not-an-email"));
        for (var c : cases.entrySet()) {
            long before = countPatients();
            mvc.perform(post("/api/patients").with(as(CLINICIAN)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(c.getValue()))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                    .andExpect(jsonPath("$.type").value("/problems/invalid-input"))
                    .andExpect(jsonPath("$.errors." + c.getKey()).isNotEmpty());
            assertThat(countPatients()).as(c.getKey()).isEqualTo(before);
        }
    }

    @Test
    void rejectsMalformedJsonAndWrongTypesWithAProblemNamingTheField() throws Exception {
        long before = countPatients();
        mvc.perform(post("/api/patients").with(as(CLINICIAN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"givenName\": \"Ann\", "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/malformed-request"));
        mvc.perform(post("/api/patients").with(as(CLINICIAN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(uniqueMrn(), "Ann", "Lee", "31/12/1970", "F")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.dateOfBirth").exists());
        mvc.perform(post("/api/patients").with(as(CLINICIAN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(uniqueMrn(), "Ann", "Lee", "1970-01-01", "X")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.sexAtBirth").exists());
        mvc.perform(post("/api/patients").with(as(CLINICIAN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(uniqueMrn(), "Ann", "Lee", "1970-01-01", "F").replace("}", ", \"ssn\": 1}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.ssn").value("Unknown field"));
        assertThat(countPatients()).isEqualTo(before);
    }

    @Test
    void refusesADuplicateMrnWithinTheClinicButAllowsItInAnother() throws Exception {
        String mrn = uniqueMrn();
        assertThat(create(body(mrn, "Ann", "Lee", "1970-01-01", "F")).getResponse().getStatus()).isEqualTo(201);
        MvcResult duplicate = create(body(mrn.toLowerCase(), "Bob", "Lee", "1971-01-01", "M"));
        assertThat(duplicate.getResponse().getStatus()).isEqualTo(409);
        assertThat(duplicate.getResponse().getContentAsString()).contains("\"mrn\"");

        mvc.perform(post("/api/patients").with(as(OTHER_CLINICIAN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(mrn, "Cy", "Lee", "1972-01-01", "M")))
                .andExpect(status().isCreated());
    }

    @Test
    void searchFindsOnlyTheOwnClinicsPatients() throws Exception {
        String mrn = uniqueMrn();
        create(body(mrn, "Zelda", "Quorum", "1980-05-05", "F"));
        mvc.perform(get("/api/patients").param("q", "Quorum").with(as(OTHER_CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.mrn == '" + mrn + "')]").doesNotExist());
    }

    @Test
    void theOpenApiSchemaKeepsTheNameClientsKnow() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/patients/{id}'].get.responses['200'].content['*/*'].schema['$ref']")
                        .value("#/components/schemas/PatientView"))
                .andExpect(jsonPath("$.components.schemas.PatientView.properties.sexAtBirth").exists())
                .andExpect(jsonPath("$.components.schemas.PatientResponse").doesNotExist());
    }

    @Test
    void recordsReadsAndWritesInTheAuditTrailWithThePatient() throws Exception {
        long mark = lastAuditId();
        MvcResult created = create(body(uniqueMrn(), "Audra", "Trail", "1975-07-07", "F"));
        String location = created.getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/api/patients/" + id).with(as(COORDINATOR))).andExpect(status().isOk());

        List<Map<String, Object>> rows = auditAfter(mark);
        assertThat(rows).extracting(r -> r.get("action"), r -> r.get("outcome"), r -> r.get("username"),
                        r -> r.get("patient_id") == null ? null : ((Number) r.get("patient_id")).longValue())
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple("CREATE", "SUCCESS", CLINICIAN, id),
                        org.assertj.core.groups.Tuple.tuple("READ", "SUCCESS", COORDINATOR, id));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("address")).isNotNull());
    }
}
