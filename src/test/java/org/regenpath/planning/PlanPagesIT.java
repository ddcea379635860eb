package org.regenpath.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The plan pages: the editor classifies live and takes several sites (rows added and removed by submitting the
 * form), a draft is saved, refused approval until the patient's consent is signed on the consent page, then
 * approved; other roles and clinics refused.
 */
class PlanPagesIT extends WebIT {

    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    @Autowired
    CandidacyScreening screening;

    @Autowired
    PlanConsents consents;

    @Autowired
    TreatmentPlans plans;

    ClinicalFixtures.Candidate candidate() {
        return ClinicalFixtures.candidate(registry, profiles, screening, account(CLINICIAN).clinicId(), uniqueMrn(),
                Outcome.ELIGIBLE);
    }

    MockHttpServletRequestBuilder plan(MockHttpServletRequestBuilder request, long condition) {
        return plan(request, condition, "BMC per lab SOP LAB-004");
    }

    MockHttpServletRequestBuilder plan(MockHttpServletRequestBuilder request, long condition, String method) {
        String day = LocalDate.now().plusDays(7).toString();
        return request.with(as(CLINICIAN)).with(csrf()).param("targetConditionId", String.valueOf(condition))
                .param("sites[0].region", "knee joint").param("sites[0].laterality", "LEFT")
                .param("sites[0].volumeMl", "4")
                .param("cellSource", "AUTOLOGOUS_BONE_MARROW").param("productType", "BONE_MARROW_CONCENTRATE")
                .param("manipulation", "MINIMAL").param("use", "HOMOLOGOUS").param("sameSurgicalProcedure", "true")
                .param("systemicOrLivingCellFunction", "true").param("processingMethod", method).param("imageGuidance", "ULTRASOUND")
                .param("followUpTemplateId", "default").param("plannedHarvestDate", day)
                .param("plannedProcedureDate", day).param("costAmount", "4800").param("costCurrency", "USD")
                .param("version", "0");
    }

    /** Replaces a form field {@link #plan} sent, instead of sending it twice. */
    static RequestPostProcessor set(String name, String value) {
        return request -> {
            request.setParameter(name, value);
            return request;
        };
    }

    String ok(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    long plans(ClinicalFixtures.Candidate c) {
        return jdbc.sql("select count(*) from planning_plan where patient_id = :p").param("p", c.patient().value())
                .query(Long.class).single();
    }

    @Test
    void theEditorClassifiesLiveAndADraftIsApprovedOnlyAfterConsent() throws Exception {
        ClinicalFixtures.Candidate c = candidate();
        String base = "/patients/" + c.patient().value() + "/plans";
        assertThat(ok(get(base).with(as(CLINICIAN)))).contains("New plan").contains("no-class");
        assertThat(ok(plan(post(base + "/classification"), c.conditionId())))
                .contains("data-pathway=\"NOT_AN_HCTP\"").contains("id=\"reasons\"");
        assertThat(ok(post(base + "/classification").with(as(CLINICIAN)).with(csrf())
                .param("cellSource", "AUTOLOGOUS_BONE_MARROW").param("productType", "CULTURE_EXPANDED_MSC")
                .param("use", "HOMOLOGOUS"))).contains("data-pathway=\"BIOLOGIC_351\"").contains("id=\"missing\"");

        assertThat(ok(plan(post(base), c.conditionId(), "")))
                .contains("id=\"form-errors\"").contains("data-field=\"processingMethod\"");
        String location = mvc.perform(plan(post(base), c.conditionId())).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith(base + "/");
        String page = ok(get(location).with(as(CLINICIAN)));
        assertThat(page).contains("data-status=\"DRAFT\"").contains("approve-plan").contains("Evidence: Low")
                .contains("USD 4,800.00").contains("data-status=\"NOT_SIGNED\"");
        assertThat(ok(get(location).with(as(LAB)))).as("the lab reads the label's patient line, not a number")
                .contains("of " + registry.get(actor(CLINICIAN), c.patient()).labelLine() + "</h1>")
                .doesNotContain("patient #").contains("data-pathway=\"NOT_AN_HCTP\"").contains("id=\"review-notice\"")
                .contains("id=\"product-notes\"").contains("id=\"open-questions\"").doesNotContain("id=\"consent\"");

        assertThat(ok(post(location + "/approval").with(as(CLINICIAN)).with(csrf()).param("version", "0")))
                .contains("id=\"approval-refused\"").contains("Version 1 has no signed consent");
        assertThat(ok(get(location).with(as(CLINICIAN)))).contains("data-status=\"DRAFT\"");

        String consent = location + "/versions/1/consent";
        assertThat(ok(get(consent).with(as(CLINICIAN)))).contains("id=\"consent-form\"")
                .contains("Rare but serious: transplanted cells forming a tumour")
                .contains("Not an HCT/P (21 CFR 1271.3(d))").doesNotContain("Screening the cells");
        String sha = consents.view(actor(CLINICIAN), c.patient(), Long.parseLong(location.substring(
                location.lastIndexOf('/') + 1)), 1).document().sha256();
        assertThat(ok(post(consent).with(as(CLINICIAN)).with(csrf()).param("patientTypedName", "Somebody Else")
                .param("clinicianEmail", CLINICIAN).param("clinicianPassword", DEMO_PASSWORD)
                .param("documentSha256", sha)))
                .contains("id=\"patientTypedName-error\"").contains("id=\"patientAcknowledged-error\"");
        mvc.perform(post(consent).with(as(CLINICIAN)).with(csrf())
                        .param("patientTypedName", ClinicalFixtures.PATIENT_NAME.toUpperCase())
                        .param("patientAcknowledged", "true").param("clinicianEmail", CLINICIAN)
                        .param("clinicianPassword", DEMO_PASSWORD).param("documentSha256", sha))
                .andExpect(status().is3xxRedirection());
        assertThat(ok(get(location).with(as(CLINICIAN)))).contains("data-status=\"VALID\"");
        assertThat(ok(get(consent + "/print").with(as(COORDINATOR)))).contains("Consent obtained and explained")
                .contains("Consent given").containsPattern("<td>[0-9]{1,2} [A-Z][a-z]{2} [0-9]{4}, [0-9]{2}:[0-9]{2}"
                        + " E[SD]T</td>").contains("the clinic's local time, with its time zone shown")
                .doesNotContain("(UTC)");

        mvc.perform(post(location + "/approval").with(as(CLINICIAN)).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(ok(get(location).with(as(CLINICIAN)))).contains("data-status=\"APPROVED\"", "id=\"collect-link\"");
        // The collection form is for those who may collect: a coordinator is not offered it.
        assertThat(ok(get(location).with(as(COORDINATOR)))).contains("data-status=\"APPROVED\"")
                .doesNotContain("collect-link");

        mvc.perform(get(base).with(as(RESEARCHER))).andExpect(status().isForbidden());
        mvc.perform(get(location).with(as(OTHER_CLINICIAN))).andExpect(status().isNotFound());
        mvc.perform(get(consent).with(as(LAB))).andExpect(status().isForbidden());
        mvc.perform(get(consent).with(as(OTHER_CLINICIAN))).andExpect(status().isNotFound());
    }

    @Test
    void siteRowsAreAddedAndRemovedWithoutSavingAndTwoSitesAreSaved() throws Exception {
        ClinicalFixtures.Candidate c = candidate();
        String base = "/patients/" + c.patient().value() + "/plans";
        String added = ok(plan(post(base), c.conditionId()).param("addSite", "1"));
        assertThat(added).contains("id=\"site-row-1\"").doesNotContain("id=\"form-errors\"");
        assertThat(plans(c)).isZero();
        String fragment = ok(plan(post(base + "/site-rows"), c.conditionId()).param("sites[1].region", "knee")
                .param("removeSite", "0"));
        assertThat(fragment).contains("id=\"sites\"").contains("value=\"knee\"").doesNotContain("site-row-1");

        String badSecondRow = ok(plan(post(base), c.conditionId()).param("sites[1].region", "knee joint")
                .param("sites[1].laterality", "RIGHT").param("sites[1].volumeMl", "lots")
                .param("sites[2].region", "knee joint").param("sites[2].laterality", "RIGHT")
                .param("sites[2].volumeMl", "0"));
        assertThat(badSecondRow).contains("id=\"sites[1].plannedVolumeMl-error\"").contains("Enter a number");
        assertThat(plans(c)).isZero();
        String serviceErrorOnThirdRow = ok(plan(post(base), c.conditionId()).param("sites[1].region", "")
                .param("sites[2].region", "knee joint").param("sites[2].laterality", "RIGHT")
                .param("sites[2].volumeMl", "0"));
        assertThat(serviceErrorOnThirdRow).contains("id=\"sites[2].plannedVolumeMl-error\"")
                .contains("right knee joint in mL, more than 0");

        String location = mvc.perform(plan(post(base), c.conditionId()).param("sites[1].region", "knee joint")
                        .param("sites[1].laterality", "RIGHT").param("sites[1].volumeMl", "3.5")
                        .param("sites[1].cells", "20000000"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(ok(get(location).with(as(COORDINATOR)))).contains("Right").contains("3.5 mL")
                .contains("20,000,000").contains("id=\"site-row-1\"");
    }

    @Test
    void aCoordinatorRecordsAWithdrawalOnTheConsentPageAndThePlanShowsIt() throws Exception {
        ClinicalFixtures.Candidate c = candidate();
        PlanView plan = plans.create(actor(COORDINATOR), c.patient(), ClinicalFixtures.marrowPlan(c));
        ClinicalFixtures.signConsent(consents, actor(CLINICIAN), c.patient(), plan.id(), 1);
        String location = "/patients/" + c.patient().value() + "/plans/" + plan.id();
        String consent = location + "/versions/1/consent";
        assertThat(ok(get(consent).with(as(COORDINATOR)))).contains("id=\"withdrawal-form\"")
                .doesNotContain("id=\"consent-form\"").contains("Consent obtained and explained");
        assertThat(ok(post(consent + "/withdrawal").with(as(COORDINATOR)).with(csrf()).param("reason", " ")))
                .contains("id=\"reason-error\"");
        mvc.perform(post(consent + "/withdrawal").with(as(COORDINATOR)).with(csrf())
                .param("reason", "Wants to think it over")).andExpect(status().is3xxRedirection());
        assertThat(ok(get(consent).with(as(CLINICIAN)))).contains("data-status=\"WITHDRAWN\"")
                .contains("Wants to think it over").contains("id=\"consent-form\"");
        assertThat(ok(get(location).with(as(CLINICIAN)))).contains("data-status=\"WITHDRAWN\"")
                .contains("Do not proceed with this version");
    }

    @Test
    void aNewPlanFormHasNoClinicalAnswerFilledInAndTheSystemicQuestionMustBeAnswered() throws Exception {
        ClinicalFixtures.Candidate c = candidate();
        String base = "/patients/" + c.patient().value() + "/plans";
        String page = ok(get(base).with(as(CLINICIAN)));
        String form = page.substring(page.indexOf("id=\"new-plan\""));
        assertThat(form).contains("id=\"systemicOrLivingCellFunction-yes\"")
                .contains("id=\"systemicOrLivingCellFunction-no\"")
                .doesNotContain("checked=\"checked\"").doesNotContain("selected=\"selected\"");
        assertThat(form).contains("<option value=\"\">Choose…</option>");

        String unanswered = ok(plan(post(base), c.conditionId()).with(set("systemicOrLivingCellFunction", "")));
        assertThat(unanswered).contains("id=\"pathway.systemicOrLivingCellFunction-error\"")
                .contains("systemic effect");
        String noSide = ok(plan(post(base), c.conditionId()).with(set("sites[0].laterality", "")));
        assertThat(noSide).contains("id=\"sites[0].laterality-error\"").contains("Choose the side");
        assertThat(plans(c)).isZero();
    }

    @Test
    void theFollowUpScheduleComesFromTheListAndOneSubmitShowsEveryBadField() throws Exception {
        ClinicalFixtures.Candidate c = candidate();
        String base = "/patients/" + c.patient().value() + "/plans";
        assertThat(ok(get(base).with(as(CLINICIAN)))).contains("<select id=\"followUpTemplateId\"")
                .contains("value=\"default\"").contains("value=\"ichom-low-back\"");
        assertThat(ok(plan(post(base), c.conditionId()).with(set("followUpTemplateId", "whatever"))))
                .contains("id=\"followUpTemplateId-error\"").contains("Follow-up schedule: choose");

        String page = ok(plan(post(base), c.conditionId()).with(set("sites[0].volumeMl", "lots"))
                .with(set("followUpTemplateId", "whatever")).with(set("processingMethod", ""))
                .with(set("systemicOrLivingCellFunction", "")));
        assertThat(page).contains("id=\"sites[0].plannedVolumeMl-error\"")
                .contains("id=\"followUpTemplateId-error\"").contains("id=\"processingMethod-error\"")
                .contains("id=\"pathway.systemicOrLivingCellFunction-error\"");
        assertThat(plans(c)).isZero();
    }

    @Test
    void aPatientWithoutAnEligibleDecisionIsOfferedNoPlanFormButTheScreeningPage() throws Exception {
        for (Outcome decision : new Outcome[] {null, Outcome.TRIAL_ONLY}) {
            ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                    account(CLINICIAN).clinicId(), uniqueMrn(), decision);
            String base = "/patients/" + c.patient().value() + "/plans";
            String page = ok(get(base).with(as(CLINICIAN)));
            assertThat(page).doesNotContain("id=\"new-plan\"").doesNotContain("id=\"plan-form\"")
                    .contains("id=\"no-eligible-decision\"").contains("No ELIGIBLE candidacy decision")
                    .contains("href=\"/patients/" + c.patient().value() + "/screening\"");
            String refused = ok(plan(post(base), c.conditionId()));
            assertThat(refused).contains("id=\"no-eligible-decision\"").doesNotContain("id=\"new-plan\"");
            assertThat(plans(c)).isZero();
        }
    }
}
