package org.regenpath.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The planning JSON API end to end on the real database: drafts, approval, the 351 guard, bad input, races. */
@RecordApplicationEvents
class PlanningApiIT extends WebIT {

    static final String BMC = "BONE_MARROW_CONCENTRATE";
    static final String MSC = "CULTURE_EXPANDED_MSC";

    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    @Autowired
    CandidacyScreening screening;

    @Autowired
    ApplicationEvents events;

    @Autowired
    PlanConsents consents;

    /** The patient consents to the version of the plan at {@code plan} (an API URL), as approval requires. */
    void consent(ClinicalFixtures.Candidate c, String plan, int version) {
        ClinicalFixtures.signConsent(consents, actor(CLINICIAN), c.patient(),
                Long.parseLong(plan.substring(plan.lastIndexOf('/') + 1)), version);
    }

    ClinicalFixtures.Candidate candidate(Outcome decision) {
        return ClinicalFixtures.candidate(registry, profiles, screening, account(CLINICIAN).clinicId(),
                uniqueMrn(), decision);
    }

    static String base(ClinicalFixtures.Candidate c) {
        return "/api/patients/" + c.patient().value() + "/plans";
    }

    ResultActions send(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static String read(ResultActions result, String path) throws Exception {
        return String.valueOf((Object) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path));
    }

    long plans(ClinicalFixtures.Candidate c) {
        return jdbc.sql("select count(*) from planning_plan where patient_id = :p").param("p", c.patient().value())
                .query(Long.class).single();
    }

    String draft(ClinicalFixtures.Candidate c, String productType, String manipulation) throws Exception {
        ResultActions created = send(COORDINATOR, post(base(c)),
                PlanningWebFixtures.marrowPlanJson(c.conditionId(), productType, manipulation, null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions[0].status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(0));
        return base(c) + "/" + read(created, "$.id");
    }

    @Test
    void anEligiblePatientsDraftIsApprovedAndEditingItStartsVersionTwo() throws Exception {
        ClinicalFixtures.Candidate c = candidate(Outcome.ELIGIBLE);
        String plan = draft(c, BMC, "MINIMAL");
        mvc.perform(get(plan).with(as(LAB)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.classification.pathway").value("NOT_AN_HCTP"))
                .andExpect(jsonPath("$.classification.reasons").isNotEmpty())
                .andExpect(jsonPath("$.inForce").doesNotExist());

        ResultActions withoutConsent = send(CLINICIAN, post(plan + "/approval"), "{\"version\": 0}")
                .andExpect(status().isBadRequest());
        assertThat(read(withoutConsent, "$.errors.consent")).startsWith("Version 1 has no signed consent");
        consent(c, plan, 1);
        send(CLINICIAN, post(plan + "/approval"), "{\"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].status").value("APPROVED"))
                .andExpect(jsonPath("$.versions[0].approval.pathway").value("NOT_AN_HCTP"))
                .andExpect(jsonPath("$.inForce").value(1))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(events.stream(PlanApproved.class)).singleElement().satisfies(e -> {
            assertThat(e.patientId()).isEqualTo(c.patient());
            assertThat(e.versionNumber()).isEqualTo(1);
            assertThat(e.pathway()).isEqualTo(RegulatoryPathway.NOT_AN_HCTP);
        });

        send(COORDINATOR, put(plan), PlanningWebFixtures.marrowPlanJson(c.conditionId(), BMC, "MINIMAL",
                "\"rehabilitationProtocol\": \"Crutches for 48 hours\", \"version\": 1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions.length()").value(2))
                .andExpect(jsonPath("$.versions[0].status").value("APPROVED"))
                .andExpect(jsonPath("$.versions[1].status").value("DRAFT"))
                .andExpect(jsonPath("$.versions[1].details.rehabilitationProtocol").value("Crutches for 48 hours"))
                .andExpect(jsonPath("$.inForce").value(1));
        assertThat(read(send(CLINICIAN, post(plan + "/approval"), "{\"version\": 2}")
                .andExpect(status().isBadRequest()), "$.errors.consent")).startsWith("Version 2 has no signed consent");
        consent(c, plan, 2);
        send(CLINICIAN, post(plan + "/approval"), "{\"version\": 2}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].status").value("SUPERSEDED"))
                .andExpect(jsonPath("$.versions[1].status").value("APPROVED"))
                .andExpect(jsonPath("$.inForce").value(2));
        mvc.perform(get(base(c)).with(as(CLINICIAN))).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void withoutAnEligibleDecisionNoPlanIsStarted() throws Exception {
        for (Outcome decision : new Outcome[] {null, Outcome.NOT_ELIGIBLE}) {
            ClinicalFixtures.Candidate c = candidate(decision);
            ResultActions refused = send(CLINICIAN, post(base(c)),
                    PlanningWebFixtures.marrowPlanJson(c.conditionId(), BMC, "MINIMAL", null))
                    .andExpect(status().isConflict());
            assertThat(read(refused, "$.detail")).startsWith("No ELIGIBLE candidacy decision on record");
            assertThat(plans(c)).isZero();
        }
    }

    @Test
    void a351PlanIsApprovedOnlyWithAnIndAndAnIrbApproval() throws Exception {
        ClinicalFixtures.Candidate c = candidate(Outcome.ELIGIBLE);
        String plan = draft(c, MSC, null);
        mvc.perform(get(plan).with(as(CLINICIAN)))
                .andExpect(jsonPath("$.classification.pathway").value("BIOLOGIC_351"))
                .andExpect(jsonPath("$.classification.missingForApproval.indNumber").exists());
        long audit = lastAuditId();
        ResultActions refused = send(CLINICIAN, post(plan + "/approval"), "{\"version\": 0}")
                .andExpect(status().isBadRequest());
        assertThat(read(refused, "$.errors.indNumber")).contains("drug, device and/or biological product")
                .contains("1271.20");
        assertThat(read(refused, "$.errors.irbApproval")).contains("IRB");
        assertThat(read(refused, "$.errors.consent")).contains("no signed consent");
        mvc.perform(get(plan).with(as(CLINICIAN))).andExpect(jsonPath("$.versions[0].status").value("DRAFT"));
        assertThat(auditAfter(audit)).noneMatch(r -> "UPDATE".equals(r.get("action"))
                && "SUCCESS".equals(r.get("outcome")));

        consent(c, plan, 1);
        send(CLINICIAN, post(plan + "/approval"), """
                {"version": 0, "indNumber": "IND 012345", "irbBoard": "Example University IRB",
                 "irbReference": "IRB-2026-118", "irbApprovedOn": "2026-10-01"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].approval.pathway").value("BIOLOGIC_351"))
                .andExpect(jsonPath("$.versions[0].approval.record.indNumber").value("IND 012345"));
    }

    @Test
    void theSecondOfTwoEditorsIsToldTheirVersionIsStale() throws Exception {
        ClinicalFixtures.Candidate c = candidate(Outcome.ELIGIBLE);
        String plan = draft(c, BMC, "MINIMAL");
        String edit = PlanningWebFixtures.marrowPlanJson(c.conditionId(), BMC, "MINIMAL", "\"version\": 0");
        send(CLINICIAN, put(plan), edit).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        send(COORDINATOR, put(plan), edit)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors.version").exists());
        send(CLINICIAN, post(plan + "/approval"), "{\"version\": 0}").andExpect(status().isConflict());
    }

    @Test
    void badInputNamesEachFieldAndWritesNothing() throws Exception {
        ClinicalFixtures.Candidate c = candidate(Outcome.ELIGIBLE);
        String json = PlanningWebFixtures.marrowPlanJson(c.conditionId(), BMC, "MINIMAL", null)
                .replace("\"plannedVolumeMl\": 4.0", "\"plannedVolumeMl\": -1")
                .replace("\"cellSource\": \"AUTOLOGOUS_BONE_MARROW\", ", "")
                .replace("\"processingMethod\": \"BMC per lab SOP LAB-004\",", "");
        long audit = lastAuditId();
        ResultActions refused = send(CLINICIAN, post(base(c)), json).andExpect(status().isBadRequest());
        assertThat(read(refused, "$.errors['sites[0].plannedVolumeMl']")).contains("more than 0");
        assertThat(read(refused, "$.errors['pathway.cellSource']")).contains("cell source");
        assertThat(read(refused, "$.errors.processingMethod")).isEqualTo("Required");
        assertThat(plans(c)).isZero();
        assertThat(auditAfter(audit)).noneMatch(r -> "TreatmentPlan".equals(r.get("resource_type"))
                && "SUCCESS".equals(r.get("outcome")));

        ResultActions wrongCondition = send(CLINICIAN, post(base(c)),
                PlanningWebFixtures.marrowPlanJson(c.conditionId() + 100_000, "ADIPOSE_SVF_ENZYMATIC", null, null))
                .andExpect(status().isBadRequest());
        assertThat(read(wrongCondition, "$.errors.targetConditionId")).contains("pain profile");
        assertThat(read(wrongCondition, "$.errors['pathway.cellSource']")).contains("not made from this source");
        assertThat(plans(c)).isZero();
        ResultActions everyProblem = send(CLINICIAN, post(base(c)),
                PlanningWebFixtures.marrowPlanJson(c.conditionId() + 100_000, BMC, "MINIMAL", null)
                        .replace("\"followUpTemplateId\": \"default\"", "\"followUpTemplateId\": \"whatever\"")
                        .replace("\"processingMethod\": \"BMC per lab SOP LAB-004\",", ""))
                .andExpect(status().isBadRequest());
        assertThat(read(everyProblem, "$.errors.followUpTemplateId")).contains("Follow-up schedule")
                .contains("whatever");
        assertThat(read(everyProblem, "$.errors.targetConditionId")).contains("pain profile");
        assertThat(read(everyProblem, "$.errors.processingMethod")).isEqualTo("Required");
        assertThat(plans(c)).isZero();
    }

    @Test
    void aMissingSystemicEffectAnswerIsRefusedNamingTheFieldNotTakenAsYes() throws Exception {
        ClinicalFixtures.Candidate c = candidate(Outcome.ELIGIBLE);
        String json = PlanningWebFixtures.marrowPlanJson(c.conditionId(), BMC, "MINIMAL", null)
                .replaceAll(",\\s*\"systemicOrLivingCellFunction\": true", "");
        assertThat(json).doesNotContain("systemicOrLivingCellFunction");
        ResultActions refused = send(CLINICIAN, post(base(c)), json).andExpect(status().isBadRequest());
        assertThat(read(refused, "$.errors['pathway.systemicOrLivingCellFunction']")).contains("systemic effect");
        assertThat(plans(c)).isZero();
    }

    @Test
    void anyStaffMemberMayClassifyAProposedPlanWithoutSavingIt() throws Exception {
        send(LAB, post("/api/regulatory-classification"), """
                {"cellSource": "AUTOLOGOUS_BONE_MARROW", "productType": "CULTURE_EXPANDED_MSC",
                 "use": "HOMOLOGOUS"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pathway").value("BIOLOGIC_351"))
                .andExpect(jsonPath("$.conclusion.text").exists())
                .andExpect(jsonPath("$.missingForApproval.indNumber").exists())
                .andExpect(jsonPath("$.verified").value(false))
                .andExpect(jsonPath("$.reviewNotice").value(org.hamcrest.Matchers.startsWith(
                        "This classification has not been reviewed by a regulatory adviser")));
        send(LAB, post("/api/regulatory-classification"), """
                {"cellSource": "AUTOLOGOUS_BONE_MARROW", "productType": "BONE_MARROW_CONCENTRATE",
                 "manipulation": "MINIMAL", "use": "HOMOLOGOUS", "siteRegions": ["knee joint"]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pathway").value("NOT_AN_HCTP"))
                .andExpect(jsonPath("$.openQuestions[0].text").value(org.hamcrest.Matchers.containsString(
                        "genuinely open")))
                .andExpect(jsonPath("$.notes[0].text").value(org.hamcrest.Matchers.containsString("1271.3(d)(4)")));
        ResultActions contradictory = send(LAB, post("/api/regulatory-classification"), """
                {"cellSource": "AUTOLOGOUS_ADIPOSE", "productType": "MICROFRAGMENTED_ADIPOSE",
                 "manipulation": "MORE_THAN_MINIMAL", "use": "HOMOLOGOUS", "sameSurgicalProcedure": true,
                 "remainsSuchHctp": true}""")
                .andExpect(status().isBadRequest());
        assertThat(read(contradictory, "$.errors.remainsSuchHctp")).contains("contradicts the attestation");
        assertThat(read(contradictory, "$.errors.manipulation")).contains("contradicts the attestation");
        ResultActions undeclared = send(LAB, post("/api/regulatory-classification"), """
                {"cellSource": "ALLOGENEIC_UMBILICAL_CORD", "productType": "UMBILICAL_WHARTONS_JELLY_PRODUCT",
                 "manipulation": "MINIMAL", "use": "HOMOLOGOUS", "siteRegions": ["knee joint"]}""")
                .andExpect(status().isBadRequest());
        assertThat(read(undeclared, "$.errors.homologousUseJustification")).contains("non-homologous use");
        send(RESEARCHER, post("/api/regulatory-classification"), "{\"productType\": \"BONE_MARROW_CONCENTRATE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.cellSource").exists());
        // Without sites the rules cannot derive the use, so the clinician is asked for it with the manipulation.
        send(RESEARCHER, post("/api/regulatory-classification"), """
                {"cellSource": "AUTOLOGOUS_BONE_MARROW", "productType": "BONE_MARROW_CONCENTRATE"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.manipulation").exists())
                .andExpect(jsonPath("$.errors.use").exists());
    }
}
