package org.regenpath.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.regenpath.support.Endpoint.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.demo.TreatmentPaths;
import org.regenpath.intake.Outcome;
import org.regenpath.patient.PatientDetails;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.support.AuthorizationMatrix;
import org.regenpath.support.Endpoint;
import org.regenpath.support.Target;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The de-identified research export on the real modules and database: researchers and clinic admins download their
 * own clinic's rows, everyone else is refused and audited (the {@link AuthorizationMatrix}); the CSV has the
 * dictionary's columns and one study id per treated patient, none of the patient's identifiers, and the NDJSON is
 * one FHIR resource a line; another clinic's admin gets only that clinic's rows; every export is audited with its
 * counts, and a bad date rule is refused naming the field before anything is written.
 */
class ResearchExportAuthorizationIT extends WebIT {

    static final String CSV = "/api/registry/export.csv";
    static final String DICTIONARY = "/api/registry/export-dictionary.csv";
    static final String NDJSON = "/api/registry/export.ndjson";

    static final List<Endpoint> ENDPOINTS = List.of(
            row(GET, CSV)                                                                     .allow(RESEARCHER, ADMIN),
            row(GET, CSV + "?dates=shifted")                                                  .allow(RESEARCHER, ADMIN),
            row(GET, DICTIONARY)                                                              .allow(RESEARCHER, ADMIN),
            row(GET, NDJSON)                                                                  .allow(RESEARCHER, ADMIN),
            row(GET, NDJSON + "?dates=shifted")                                               .allow(RESEARCHER, ADMIN));

    @Autowired
    RegistryStore store;

    @TestFactory
    Stream<DynamicNode> researchersAndClinicAdminsDownloadTheirClinicsExportAndNoOneElse() {
        return AuthorizationMatrix.tests(this, ENDPOINTS, e -> Target.ofNoPatient());
    }

    @Test
    void theExportHasOneStudyIdPerTreatedPatientNoIdentifierAndIsAuditedWithItsCounts() throws Exception {
        String mrn = uniqueMrn();
        PatientId patient = paths.path(demoStaff())
                .patient(new PatientDetails(mrn, "Zorbulon", "Quistrade", LocalDate.of(1931, 2, 17), SexAtBirth.F,
                        "zorbulon.quistrade@mail.example", "+1 (555) 014-7788", "03601-2345"))
                .screened(TreatmentPaths.leftKneeOsteoarthritis(LocalDate.now()),
                        TreatmentPaths.healthScreen(new BigDecimal("27.0")))
                .decided(Outcome.ELIGIBLE).plan().consented().approved()
                .baselineAnswered(Map.of("nrs-11", Map.of("nrs", 6)))
                .collected().processed().tested().released().administered().procedureRecorded().patientId();
        ClinicId clinic = account(RESEARCHER).clinicId();
        await().atMost(Duration.ofSeconds(30)).until(() -> store.treatments(clinic).stream()
                .anyMatch(t -> t.patientId().equals(patient)) && store.responses(clinic).stream()
                .anyMatch(r -> r.patientId().equals(patient)));
        Set<PatientId> treated = store.treatments(clinic).stream().map(RegistryTreatment::patientId)
                .collect(Collectors.toSet());
        long since = lastAuditId();

        String csv = mvc.perform(get(CSV).with(as(RESEARCHER))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"registry-export.csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0).split(",")).containsExactlyElementsOf(
                ResearchCsv.DICTIONARY.stream().map(ResearchCsv.Column::name).toList());
        assertThat(lines.stream().skip(1).map(l -> l.split(",")[0]).distinct()).hasSize(treated.size());
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",90 or older,female,000,knee-oa,")
                .contains(",nrs-11,baseline,"));
        for (String identifier : List.of("Zorbulon", "Quistrade", mrn, "zorbulon.quistrade", "014-7788", "03601",
                "1931", Long.toString(patient.value()))) {
            assertThat(csv).as("the export holds no identifier").doesNotContain(identifier);
        }
        assertThat(csv).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");

        String ndjson = mvc.perform(get(NDJSON + "?dates=shifted").with(as(ADMIN))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/fhir+ndjson;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> resources = ndjson.lines().map(json::readTree).toList();
        assertThat(resources).allSatisfy(r -> assertThat(r.path("resourceType").asString()).isNotBlank())
                .allSatisfy(r -> assertThat(r.path("id").asString()).isNotBlank());
        assertThat(resources.stream().filter(r -> r.path("resourceType").asString().equals("Patient")))
                .hasSize(treated.size());
        assertThat(resources.stream().filter(r -> r.path("resourceType").asString().equals("Procedure")))
                .allSatisfy(p -> assertThat(p.path("performedDateTime").asString())
                        .matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(ndjson).doesNotContain("Zorbulon").doesNotContain(mrn).doesNotContain("03601");

        List<Map<String, Object>> audited = auditAfter(since);
        assertThat(audited).anySatisfy(a -> {
            assertThat(a.get("action")).isEqualTo("EXPORT");
            assertThat(a.get("outcome")).isEqualTo("SUCCESS");
            assertThat((String) a.get("detail")).contains("format=csv dates=year patients=" + treated.size()
                    + " rows=" + (lines.size() - 1));
        });
        assertThat(audited).anySatisfy(a -> assertThat((String) a.get("detail")).contains(
                "format=ndjson dates=shifted patients=" + treated.size() + " procedures=" + treated.size()));
    }

    @Test
    void anotherClinicsAdminGetsOnlyThatClinicsRows() throws Exception {
        ClinicId other = account(OTHER_ADMIN).clinicId();
        long treated = store.treatments(other).stream().map(RegistryTreatment::patientId).distinct().count();
        String csv = mvc.perform(get(CSV).with(as(OTHER_ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1).map(l -> l.split(",")[0]).distinct().count()).isEqualTo(treated);
        long since = lastAuditId();
        String mine = mvc.perform(get(CSV).with(as(RESEARCHER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(mine.lines().skip(1).map(l -> l.split(",")[0]).distinct().count())
                .isEqualTo(store.treatments(account(RESEARCHER).clinicId()).stream()
                        .map(RegistryTreatment::patientId).distinct().count());
        assertThat(auditAfter(since)).hasSize(1);
    }

    @Test
    void theExportsAreInTheOpenApiDocumentWithTheirMediaTypes() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['" + CSV + "'].get.responses['200'].content['text/csv']").exists())
                .andExpect(jsonPath("$.paths['" + DICTIONARY + "'].get").exists())
                .andExpect(jsonPath("$.paths['" + NDJSON + "'].get.responses['200'].content['application/fhir+ndjson']")
                        .exists())
                .andExpect(jsonPath("$.paths['" + CSV + "'].get.parameters[0].name").value("dates"));
    }

    @Test
    void aCoordinatorIsRefusedAndABadDateRuleIsRefusedNamingTheField() throws Exception {
        Instant before = Instant.now();
        mvc.perform(get(CSV).with(as(COORDINATOR))).andExpect(status().isForbidden());
        mvc.perform(get(NDJSON).with(as(CLINICIAN))).andExpect(status().isForbidden());
        assertThat(auditSince(before)).filteredOn(a -> "DENIED".equals(a.get("outcome"))).hasSizeGreaterThanOrEqualTo(2);
        mvc.perform(get(CSV + "?dates=month").with(as(RESEARCHER))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.dates").exists())
                .andExpect(header().string("Content-Disposition", (String) null));
    }
}
