package org.regenpath.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Consent through the JSON API on the real database: the document rendered for the version, the patient's typed
 * name and the clinician's password countersignature (21 CFR 11.50, 11.200), the SHA-256 link that a later edit
 * breaks (11.70), withdrawal, and the append-only rows.
 */
class ConsentApiIT extends WebIT {

    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    @Autowired
    CandidacyScreening screening;

    @Autowired
    PlanConsents consents;

    record Draft(ClinicalFixtures.Candidate candidate, String plan, long planId) {

        String consent(int version) {
            return plan + "/versions/" + version + "/consent";
        }
    }

    Draft draft() throws Exception {
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        String base = "/api/patients/" + c.patient().value() + "/plans";
        String id = read(send(COORDINATOR, post(base), PlanningWebFixtures.marrowPlanJson(c.conditionId(),
                "BONE_MARROW_CONCENTRATE", "MINIMAL", null)).andExpect(status().isCreated()), "$.id");
        return new Draft(c, base + "/" + id, Long.parseLong(id));
    }

    ResultActions send(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static String read(ResultActions result, String path) throws Exception {
        return String.valueOf((Object) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path));
    }

    String sha(Draft d, int version) throws Exception {
        return read(mvc.perform(get(d.consent(version)).with(as(COORDINATOR))).andExpect(status().isOk()),
                "$.document.sha256");
    }

    static String signing(String name, boolean ticked, String email, String password, String sha) {
        return """
                {"patientTypedName": "%s", "patientAcknowledged": %s, "clinicianEmail": "%s",
                 "clinicianPassword": "%s", "documentSha256": "%s"}""".formatted(name, ticked, email, password, sha);
    }

    int failedSignIns(String email) {
        return jdbc.sql("select failed_attempts from identity_user where email = :e").param("e", email)
                .query(Integer.class).single();
    }

    @Test
    void thePatientsTypedNameAndTheCliniciansPasswordSignTheDocumentShownAndApprovalFollows() throws Exception {
        Draft d = draft();
        ResultActions shown = mvc.perform(get(d.consent(1)).with(as(COORDINATOR))).andExpect(status().isOk())
                .andExpect(jsonPath("$.versionStatus").value("DRAFT"))
                .andExpect(jsonPath("$.check.status").value("NOT_SIGNED"))
                .andExpect(jsonPath("$.document.documentId").value("regenpath-cell-therapy-consent"))
                .andExpect(jsonPath("$.consents").isEmpty());
        String text = read(shown, "$.document.text");
        assertThat(text).contains("Not an HCT/P (21 CFR 1271.3(d))")
                .contains("Certainty of the evidence that treatments like this one help it: Low").contains("forming a tumour").contains("USD 4,800.00").contains("iliac crest")
                .contains("withdraw your consent")
                .contains("Follow-up schedule: Default follow-up: 1, 3, 6, 12 and 24 months.")
                .doesNotContain("Follow-up schedule: default.");
        String sha = read(shown, "$.document.sha256");

        ResultActions wrong = send(CLINICIAN, post(d.consent(1)), signing("Testa Plannning", false, COORDINATOR,
                DEMO_PASSWORD, sha)).andExpect(status().isBadRequest());
        assertThat(read(wrong, "$.errors.patientTypedName")).contains("does not match");
        assertThat(read(wrong, "$.errors.patientAcknowledged")).contains("I have read and understood");
        assertThat(read(wrong, "$.errors.clinicianEmail")).contains("your own e-mail");

        int failures = failedSignIns(CLINICIAN);
        long audit = lastAuditId();
        ResultActions badPassword = send(CLINICIAN, post(d.consent(1)), signing("testa  PLANNING", true, CLINICIAN,
                "not-my-password", sha)).andExpect(status().isBadRequest());
        assertThat(read(badPassword, "$.errors.clinicianPassword")).startsWith("The password is wrong");
        assertThat(failedSignIns(CLINICIAN)).isEqualTo(failures + 1);
        assertThat(auditAfter(audit)).anySatisfy(r -> {
            assertThat(r.get("outcome")).isEqualTo("DENIED");
            assertThat(r.get("resource_type")).isEqualTo("PlanConsent");
            assertThat(((Number) r.get("patient_id")).longValue()).isEqualTo(d.candidate().patient().value());
        });
        assertThat(consentRows(d)).isZero();

        send(CLINICIAN, post(d.consent(1)), signing("Testa Planning", true, CLINICIAN, DEMO_PASSWORD, "0".repeat(64)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors.documentSha256").exists());
        signsAndApproves(d, text, sha);
    }

    void signsAndApproves(Draft d, String text, String sha) throws Exception {
        ResultActions signed = send(CLINICIAN, post(d.consent(1)), signing("testa  PLANNING", true, CLINICIAN,
                DEMO_PASSWORD, sha)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.check.status").value("VALID"))
                .andExpect(jsonPath("$.consents[0].contentSha256").value(sha))
                .andExpect(jsonPath("$.consents[0].documentText").value(text))
                .andExpect(jsonPath("$.consents[0].signatures[0].role").value("PATIENT"))
                .andExpect(jsonPath("$.consents[0].signatures[0].printedName").value("Testa Planning"))
                .andExpect(jsonPath("$.consents[0].signatures[0].typedName").value("testa  PLANNING"))
                .andExpect(jsonPath("$.consents[0].signatures[0].meaning").value("Consent given"))
                .andExpect(jsonPath("$.consents[0].signatures[0].method").value("TYPED_NAME"))
                .andExpect(jsonPath("$.consents[0].signatures[1].role").value("CLINICIAN"))
                .andExpect(jsonPath("$.consents[0].signatures[1].meaning").value("Consent obtained and explained"))
                .andExpect(jsonPath("$.consents[0].signatures[1].method").value("PASSWORD"))
                .andExpect(jsonPath("$.consents[0].signatures[1].contentSha256").value(sha));
        assertThat(read(signed, "$.consents[0].signatures[1].printedName"))
                .isEqualTo(account(CLINICIAN).displayName());
        assertThat(read(signed, "$.consents[0].signatures[1].signedAt")).endsWith("Z");
        assertThat(failedSignIns(CLINICIAN)).isZero();
        send(CLINICIAN, post(d.consent(1)), signing("Testa Planning", true, CLINICIAN, DEMO_PASSWORD, sha))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors.consent").exists());

        send(CLINICIAN, post(d.plan() + "/approval"), "{\"version\": 0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.inForce").value(1));
        mvc.perform(get(d.consent(1)).with(as(CLINICIAN))).andExpect(jsonPath("$.versionStatus").value("APPROVED"))
                .andExpect(jsonPath("$.check.status").value("VALID"));
        send(CLINICIAN, post(d.consent(1)), signing("Testa Planning", true, CLINICIAN, DEMO_PASSWORD, sha))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors.status").exists());
    }

    @Test
    void editingTheDraftAfterSigningBreaksTheLinkAndApprovalWaitsForANewConsent() throws Exception {
        Draft d = draft();
        ClinicalFixtures.signConsent(consents, actor(CLINICIAN), d.candidate().patient(), d.planId(), 1);
        send(COORDINATOR, put(d.plan()), PlanningWebFixtures.marrowPlanJson(d.candidate().conditionId(),
                "BONE_MARROW_CONCENTRATE", "MINIMAL", "\"rehabilitationProtocol\": \"Crutches\", \"version\": 0"))
                .andExpect(status().isOk());
        mvc.perform(get(d.consent(1)).with(as(CLINICIAN)))
                .andExpect(jsonPath("$.check.status").value("CHANGED_SINCE_SIGNING"))
                .andExpect(jsonPath("$.consents.length()").value(1));
        ResultActions refused = send(CLINICIAN, post(d.plan() + "/approval"), "{\"version\": 1}")
                .andExpect(status().isBadRequest());
        assertThat(read(refused, "$.errors.consent")).contains("was edited after the patient signed");

        ClinicalFixtures.signConsent(consents, actor(CLINICIAN), d.candidate().patient(), d.planId(), 1);
        send(CLINICIAN, post(d.plan() + "/approval"), "{\"version\": 1}").andExpect(status().isOk());
    }

    @Test
    void aWithdrawnConsentBlocksApprovalAndIsAudited() throws Exception {
        Draft d = draft();
        send(COORDINATOR, post(d.consent(1) + "/withdrawal"), "{\"reason\": \"Wants to wait\"}")
                .andExpect(status().isConflict());
        ClinicalFixtures.signConsent(consents, actor(CLINICIAN), d.candidate().patient(), d.planId(), 1);
        send(COORDINATOR, post(d.consent(1) + "/withdrawal"), "{\"reason\": \" \"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.reason").exists());
        long audit = lastAuditId();
        send(COORDINATOR, post(d.consent(1) + "/withdrawal"), "{\"reason\": \"Wants to wait\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.check.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.consents[0].withdrawal.reason").value("Wants to wait"));
        assertThat(auditAfter(audit)).anySatisfy(r -> {
            assertThat(r.get("action")).isEqualTo("UPDATE");
            assertThat(r.get("resource_type")).isEqualTo("PlanConsent");
            assertThat(String.valueOf(r.get("detail"))).contains("withdrawn");
        });
        send(COORDINATOR, post(d.consent(1) + "/withdrawal"), "{\"reason\": \"Again\"}")
                .andExpect(status().isConflict());
        ResultActions refused = send(CLINICIAN, post(d.plan() + "/approval"), "{\"version\": 0}")
                .andExpect(status().isBadRequest());
        assertThat(read(refused, "$.errors.consent")).contains("withdrew consent to version 1");

        ClinicalFixtures.signConsent(consents, actor(CLINICIAN), d.candidate().patient(), d.planId(), 1);
        send(CLINICIAN, post(d.plan() + "/approval"), "{\"version\": 0}").andExpect(status().isOk());
    }

    @Test
    void aPlanThatStatesNoCostCannotBeConsentedTo() throws Exception {
        Draft d = draft();
        String noCost = PlanningWebFixtures.marrowPlanJson(d.candidate().conditionId(), "BONE_MARROW_CONCENTRATE",
                "MINIMAL", "\"version\": 0").replace("\"cost\": {\"amount\": 4800, \"currency\": \"USD\","
                + " \"covers\": \"test value\"}", "\"cost\": null");
        send(COORDINATOR, put(d.plan()), noCost).andExpect(status().isOk());
        assertThat(read(mvc.perform(get(d.consent(1)).with(as(CLINICIAN))), "$.document.text"))
                .contains("not yet stated by the clinic");
        send(CLINICIAN, post(d.consent(1)), signing("Testa Planning", true, CLINICIAN, DEMO_PASSWORD, sha(d, 1)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors.cost").exists());
        mvc.perform(get(d.plan() + "/versions/2/consent").with(as(CLINICIAN))).andExpect(status().isNotFound());
    }

    @Test
    void consentsAndSignaturesAreAppendOnly() throws Exception {
        Draft d = draft();
        ClinicalFixtures.signConsent(consents, actor(CLINICIAN), d.candidate().patient(), d.planId(), 1);
        Map<String, Object> row = jdbc.sql("select * from planning_consent where plan_id = :p")
                .param("p", d.planId()).query().singleRow();
        assertThatThrownBy(() -> owner().sql("update planning_consent set document_text = 'other' where id = :id")
                .param("id", row.get("id")).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> owner().sql("delete from planning_consent_signature where consent_id = :id")
                .param("id", row.get("id")).update()).isInstanceOf(DataAccessException.class);
        assertThat(row.get("content_sha256")).isEqualTo(RenderedConsent.linkHash((String) row.get("document_text"),
                jdbc.sql("select details_json from planning_plan_version where plan_id = :p")
                        .param("p", d.planId()).query(String.class).single()));
    }

    long consentRows(Draft d) {
        return jdbc.sql("select count(*) from planning_consent where plan_id = :p").param("p", d.planId())
                .query(Long.class).single();
    }
}
