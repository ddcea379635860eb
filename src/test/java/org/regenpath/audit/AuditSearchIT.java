package org.regenpath.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.patient.PatientDetails;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The audit search pages instead of dumping rows, finds a patient by name or MRN, names patients and record types
 * in words, says when nothing matches, and exports the filtered rows as CSV a spreadsheet opens safely; only the
 * clinic's own admin may search or export, and only the own clinic's rows.
 */
class AuditSearchIT extends WebIT {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @Autowired
    PatientRegistry registry;

    private PatientView patient;
    private String family;

    @BeforeEach
    void aPatientWithSixtyAuditRowsOneOfThemHostile() {
        String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        family = "Ledger" + tag;
        patient = registry.register(actor(CLINICIAN), new PatientDetails(uniqueMrn(), "Ada", family,
                LocalDate.of(1960, 2, 2), SexAtBirth.F, null, null, null));
        long clinic = account(ADMIN).clinicId().value();
        for (int i = 0; i < 60; i++) {
            boolean hostile = i == 59;
            owner().sql("""
                    insert into audit_event (occurred_at, username, role, clinic_id, patient_id, resource_type,
                        resource_id, action, outcome, detail, address)
                    values (:at, :user, 'CLINICIAN', :clinic, :patient, 'PlanConsent', :rid, 'READ', 'SUCCESS', :detail,
                        :address)""")
                    .param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("clinic", clinic)
                    .param("user", hostile ? "-2+3@x.example" : CLINICIAN).param("patient", patient.id().value())
                    .param("rid", hostile ? "a,b \"c\"\nd" : Integer.toString(i))
                    .param("detail", hostile ? FORMULA : "row " + i).param("address", hostile ? "@SUM(1)" : "10.0.0.1")
                    .update();
        }
    }

    private String page(String admin, String... params) throws Exception {
        var request = get("/admin/audit").with(as(admin));
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theOpenApiSchemaKeepsTheNameClientsKnow() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/audit-events'].get.responses['200'].content['*/*'].schema.items"
                        + "['$ref']").value("#/components/schemas/AuditRecord"))
                .andExpect(jsonPath("$.components.schemas.AuditRecord.properties.resourceType").exists())
                .andExpect(jsonPath("$.components.schemas.AuditRecordResponse").doesNotExist());
    }

    @Test
    void pagesFiftyAtATimeFindingThePatientByNameOrMrn() throws Exception {
        String byName = page(ADMIN, "patientText", "ada " + family.toLowerCase());
        // 60 rows written here, the registration, and nothing else names this patient.
        assertThat(byName).contains("1–50 of 61 entries").contains("id=\"audit-next\"")
                .contains(family + ", Ada · MRN " + patient.mrn()).contains(">Consent<").doesNotContain(">PlanConsent<");
        assertThat(page(ADMIN, "patientText", patient.mrn(), "page", "1")).contains("51–61 of 61 entries")
                .contains("id=\"audit-previous\"");
        assertThat(page(ADMIN, "patientText", "Nobody" + family)).contains("No audit entries match")
                .doesNotContain("id=\"audit-rows\"");
    }

    @Test
    void exportsTheFilteredRowsAsCsvASpreadsheetCannotRunAndAuditsTheExport() throws Exception {
        long before = lastAuditId();
        MockHttpServletResponse r = mvc.perform(get("/admin/audit.csv").param("patientText", patient.mrn())
                        .with(as(ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(r.getContentType()).startsWith("text/csv").contains("UTF-8");
        assertThat(r.getHeader("Content-Disposition")).contains("attachment").contains(".csv");
        String csv = new String(r.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFWhen (UTC),User,Role,Patient,");
        // 61 rows and the header, each ended by CRLF; the hostile row's record id holds one line break itself.
        assertThat(csv.split("\r\n", -1)).hasSize(63);
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"\r\n")
                .contains(",'-2+3@x.example,Clinician,")
                .contains(",\"a,b \"\"c\"\"\nd\",")
                .contains(",'@SUM(1),")
                .contains("\"" + family + ", Ada · MRN " + patient.mrn() + "\"")
                .contains(",Consent,")
                .doesNotContain(",=").doesNotContain(",-2").doesNotContain(",@");
        List<Map<String, Object>> written = auditAfter(before);
        assertThat(written).anySatisfy(row -> {
            assertThat(row.get("action")).isEqualTo("EXPORT");
            assertThat(row.get("outcome")).isEqualTo("SUCCESS");
            assertThat((String) row.get("detail")).contains("rows=61").doesNotContain(patient.mrn());
        });
    }

    @Test
    void onlyTheClinicsOwnAdminMaySearchOrExportAndSeesOnlyTheOwnClinic() throws Exception {
        for (String role : List.of(COORDINATOR, CLINICIAN, LAB)) {
            assertRefusedAndAudited(role + " export", get("/admin/audit.csv").with(as(role)), 403, null,
                    () -> 0);
        }
        String other = new String(mvc.perform(get("/admin/audit.csv").param("patient",
                        Long.toString(patient.id().value())).with(as(OTHER_ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(other.split("\r\n")).as("header only").hasSize(1);
        assertThat(page(OTHER_ADMIN, "patientText", family)).contains("No audit entries match");
    }

    @Test
    void theApiPagesAndRefusesAPageSizeOver200() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/api/audit-events").param("patient",
                        Long.toString(patient.id().value())).param("size", "25").with(as(ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(25))
                .andReturn().getResponse();
        assertThat(r.getHeader("X-Total-Count")).isEqualTo("61");
        assertThat(r.getHeader("Link")).contains("rel=\"next\"").contains("page=1");
        mvc.perform(get("/api/audit-events").param("size", "500").with(as(ADMIN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.size").isNotEmpty());
        mvc.perform(get("/api/audit-events").param("page", "-1").with(as(ADMIN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.page").isNotEmpty());
    }

    @Test
    void everyRecordTypeInTheTrailHasReadableWords() {
        List<String> types = jdbc.sql("select distinct resource_type from audit_event where resource_type is not null")
                .query(String.class).list();
        assertThat(types).isNotEmpty().allSatisfy(type -> assertThat(RecordTypes.mapped()).contains(type));
    }
}
