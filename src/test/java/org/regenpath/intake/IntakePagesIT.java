package org.regenpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The intake pages: profile, condition form, health screen, screening and decision, with inline errors. */
class IntakePagesIT extends WebIT {

    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    PatientId patient;
    Actor system;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void newPatient() {
        system = Actor.system(account(CLINICIAN).clinicId());
        patient = IntakeFixtures.patient(registry, account(CLINICIAN).clinicId(), uniqueMrn());
    }

    String page() {
        return "/patients/" + patient.value();
    }

    String html(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    long conditions() {
        return jdbc.sql("select count(*) from intake_pain_condition where patient_id = :p")
                .param("p", patient.value()).query(Long.class).single();
    }

    /** The add/edit form as a browser posts it: six treatment rows, the first filled; pairs override fields. */
    MockHttpServletRequestBuilder kneeForm(String url, String... overrides) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("conditionId", "knee-oa");
        fields.put("icd10Code", "M17.12");
        fields.put("bodySite", "KNEE");
        fields.put("laterality", "LEFT");
        fields.put("onsetDate", today.minusYears(1).toString());
        fields.put("baselineNrs", "5");
        fields.put("klGrade", "3");
        fields.put("notes", "Stiff in the morning");
        fields.put("version", "0");
        for (int i = 0; i < 6; i++) {
            fields.put("treatments[" + i + "].category", i == 0 ? "PHYSICAL_THERAPY" : "");
            fields.put("treatments[" + i + "].description", "");
            fields.put("treatments[" + i + "].durationWeeks", i == 0 ? "8" : "");
            fields.put("treatments[" + i + "].response", i == 0 ? "GOOD_RELIEF" : "");
        }
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder form = post(url).with(csrf());
        fields.forEach(form::param);
        return form;
    }

    @Test
    void theProfileShowsEachConditionWithChronicityTreatmentsAndTheHealthScreen() throws Exception {
        profiles.addCondition(system, patient, IntakeFixtures.rightKnee(today));
        profiles.addCondition(system, patient, new ConditionInput("low-back-pain", "M54.51", "LUMBAR_SPINE",
                Laterality.NOT_APPLICABLE, today.minusMonths(1), 4, null, null, java.util.List.of()));
        profiles.updateHealthScreen(system, patient, IntakeFixtures.allNoBut(HealthFact.ANTICOAGULANT), 0);

        String body = html(get(page() + "/pain-profile"), COORDINATOR);
        assertThat(body).contains("Intake, Testa", "id=\"add-condition\"", "Knee osteoarthritis", "M17.11",
                "Unilateral primary osteoarthritis, right knee", "Knee · Right", "Naproxen 500 mg",
                "Worked, then stopped working (tolerance)", "Chronic low back pain", "Not applicable")
                .contains("chronic since " + ScreeningEngine.DAY.format(today.minusYears(2).plusMonths(3)))
                .contains("not yet chronic: qualifies on " + ScreeningEngine.DAY.format(today.minusMonths(1)
                        .plusMonths(3)))
                .containsPattern("id=\"answer-ANTICOAGULANT\"[^>]*>Yes<")
                .containsPattern("id=\"answer-ACTIVE_INFECTION\"[^>]*>No<")
                .doesNotContain("style=", "<script>");
    }

    @Test
    void addingAConditionThroughTheFormRedirectsWithAMessageAndIgnoresBlankRows() throws Exception {
        String form = html(get(page() + "/pain-profile/conditions/new"), CLINICIAN);
        assertThat(form).contains("name=\"conditionId\"", "name=\"icd10Code\"", "for=\"onsetDate\"",
                "name=\"treatments[5].durationWeeks\"", "M17.0 — Bilateral primary osteoarthritis of knee");

        MvcResult saved = mvc.perform(kneeForm(page() + "/pain-profile/conditions").with(as(CLINICIAN)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page() + "/pain-profile"))
                .andExpect(flash().attribute("flash", "Knee osteoarthritis added."))
                .andReturn();
        assertThat(conditions()).isEqualTo(1);
        assertThat(profiles.profile(system, patient).conditions().get(0).treatments()).hasSize(1);

        String after = mvc.perform(get(page() + "/pain-profile").with(as(CLINICIAN)).flashAttrs(saved.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("id=\"flash\"", "Knee osteoarthritis added.", "M17.12");
    }

    @Test
    void aFormWithErrorsShowsThemInlineKeepsTheValuesAndWritesNothing() throws Exception {
        String body = mvc.perform(kneeForm(page() + "/pain-profile/conditions",
                        "onsetDate", today.plusDays(3).toString(), "baselineNrs", "eleven",
                        "notes", "Typed before the mistake", "treatments[2].category", "NSAID")
                        .with(as(CLINICIAN)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("id=\"form-errors\"", "field has-error", "Cannot be in the future",
                "Enter a whole number", "value=\"eleven\"", "Typed before the mistake");
        String row2 = body.substring(body.indexOf("id=\"treatment-row-2\""), body.indexOf("id=\"treatment-row-3\""));
        assertThat(row2).contains("Enter how many weeks", "Choose how it worked")
                .containsPattern("value=\"NSAID\"\\s+selected=\"selected\"");
        assertThat(conditions()).isZero();
    }

    @Test
    void editingFromAStaleFormShowsTheConflictAndKeepsTheNewerVersion() throws Exception {
        PainCondition knee = profiles.addCondition(system, patient, IntakeFixtures.rightKnee(today));
        String edit = html(get(page() + "/pain-profile/conditions/" + knee.id() + "/edit"), CLINICIAN);
        assertThat(edit).containsPattern("value=\"M17.11\"\\s+selected=\"selected\"")
                .contains("Naproxen 500 mg", "name=\"version\" value=\"0\"");

        String url = page() + "/pain-profile/conditions/" + knee.id();
        mvc.perform(kneeForm(url, "icd10Code", "M17.11", "laterality", "RIGHT").with(as(CLINICIAN)))
                .andExpect(status().is3xxRedirection());
        String stale = mvc.perform(kneeForm(url, "icd10Code", "M17.0", "laterality", "BILATERAL")
                        .with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("id=\"version-error\"", "Someone else changed this meanwhile");
        assertThat(profiles.condition(system, patient, knee.id()).icd10Code()).isEqualTo("M17.11");
    }

    @Test
    void aConditionMarkedEnteredInErrorMovesToItsOwnSection() throws Exception {
        PainCondition knee = profiles.addCondition(system, patient, IntakeFixtures.rightKnee(today));
        mvc.perform(post(page() + "/pain-profile/conditions/" + knee.id() + "/entered-in-error").with(csrf())
                        .with(as(CLINICIAN)).param("version", "0").param("reason", "Other patient's knee"))
                .andExpect(redirectedUrl(page() + "/pain-profile"))
                .andExpect(flash().attribute("flash", "Knee osteoarthritis marked as entered in error."));
        String body = html(get(page() + "/pain-profile"), CLINICIAN);
        assertThat(body).contains("id=\"entered-in-error\"", "Other patient&#39;s knee", "id=\"no-conditions\"");
    }

    @Test
    void theHealthScreenFormSavesAndScreeningShowsTheInfectionExclusion() throws Exception {
        profiles.addCondition(system, patient, IntakeFixtures.rightKnee(today));
        String form = html(get(page() + "/pain-profile/health-screen"), CLINICIAN);
        assertThat(form).contains("name=\"answers[ACTIVE_INFECTION]\"", HealthFact.ACTIVE_INFECTION.hint(),
                "for=\"ACTIVE_INFECTION-UNKNOWN\"", "name=\"version\" value=\"0\"");

        MockHttpServletRequestBuilder save = post(page() + "/pain-profile/health-screen").with(csrf())
                .param("version", "0").param("otherMedications", "Omeprazole");
        for (HealthFact f : HealthFact.values()) {
            save.param("answers[" + f.name() + "]", f == HealthFact.ACTIVE_INFECTION ? "YES" : "NO");
        }
        mvc.perform(save.with(as(COORDINATOR)))
                .andExpect(redirectedUrl(page() + "/pain-profile"))
                .andExpect(flash().attribute("flash", "Health screen saved."));

        String screening = html(get(page() + "/screening"), CLINICIAN);
        assertThat(screening).containsPattern("id=\"screening-outcome\"[^>]*>NOT ELIGIBLE<")
                .containsPattern("<ul id=\"findings\"")
                .containsPattern("data-rule-id=\"EXC-INFECTION\" data-outcome=\"NOT_ELIGIBLE\"")
                .contains("Evidence: Low", "id=\"rule-set-version\">2026.12<")
                .contains("Clinic policy (no guideline sets a threshold)", "id=\"clinic-policy-version\">default-2026.12<");
    }

    @Test
    void aBmiOrHba1cThatIsNotANumberIsRefusedAsNotANumberAndKeptAsTyped() throws Exception {
        MockHttpServletRequestBuilder save = post(page() + "/pain-profile/health-screen").with(csrf())
                .param("version", "0").param("bmi", "twenty").param("hba1cPercent", "7.1%x");
        String body = mvc.perform(save.with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("id=\"bmi-error\"", "BMI is not a number", "id=\"hba1cPercent-error\"",
                        "HbA1c is not a number", "value=\"twenty\"")
                .doesNotContain("HbA1c is entered in percent", "BMI is entered in kg");
        assertThat(jdbc.sql("select count(*) from intake_health_screen where patient_id = :p")
                .param("p", patient.value()).query(Long.class).single()).isZero();
    }

    @Test
    void aSteroidInjectionWithoutDateOrSiteIsRefusedOnTheFormNamingTheRowsFields() throws Exception {
        String body = mvc.perform(kneeForm(page() + "/pain-profile/conditions", "treatments[2].category",
                        "STEROID_INJECTION", "treatments[2].durationWeeks", "1", "treatments[2].response",
                        "PARTIAL_RELIEF").with(as(CLINICIAN)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String row2 = body.substring(body.indexOf("id=\"treatment-row-2\""), body.indexOf("id=\"treatment-row-3\""));
        assertThat(row2).contains("Enter the date of the last steroid injection", "Choose the body site injected");
        assertThat(conditions()).isZero();
    }

    @Test
    void onlyCliniciansSeeTheDecisionForm() throws Exception {
        assertThat(html(get(page() + "/screening"), CLINICIAN)).contains("id=\"decision-form\"");
        assertThat(html(get(page() + "/screening"), COORDINATOR)).doesNotContain("id=\"decision-form\"")
                .contains("id=\"decision-history\"", "id=\"screening-outcome\"");
    }

    @Test
    void anOverrideFromThePageNeedsAReason() throws Exception {
        profiles.addCondition(system, patient, IntakeFixtures.rightKnee(today));
        String url = page() + "/screening/decisions";
        String refused = mvc.perform(post(url).with(csrf()).with(as(CLINICIAN)).param("outcome", "ELIGIBLE")
                        .param("evaluatedOutcome", "NEEDS_REVIEW").param("note", "Kept note"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"reason-error\"", "is an override", "Kept note")
                .containsPattern("id=\"outcome-ELIGIBLE\"\\s+value=\"ELIGIBLE\"\\s+checked=\"checked\"");
        assertThat(jdbc.sql("select count(*) from intake_candidacy_decision where patient_id = :p")
                .param("p", patient.value()).query(Long.class).single()).isZero();

        mvc.perform(post(url).with(csrf()).with(as(CLINICIAN)).param("outcome", "ELIGIBLE")
                        .param("evaluatedOutcome", "NEEDS_REVIEW").param("reason", "Screen taken by phone"))
                .andExpect(redirectedUrl(page() + "/screening"))
                .andExpect(flash().attribute("flash", "Decision recorded: ELIGIBLE (override)."));
        assertThat(html(get(page() + "/screening"), COORDINATOR)).contains("Screen taken by phone", "override",
                account(CLINICIAN).displayName());
    }

    @Test
    void aTamperedFormWithTooManyRowsIsABadRequestNotAnError() throws Exception {
        mvc.perform(kneeForm(page() + "/pain-profile/conditions", "treatments[300].category", "NSAID")
                        .with(as(CLINICIAN)))
                .andExpect(status().isBadRequest());
        assertThat(conditions()).isZero();
    }

    @Test
    void aPagePostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(kneeForm(page() + "/pain-profile/conditions").with(as(CLINICIAN)).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        // With no token at all there is nothing to compare against: Spring Security treats it as an expired
        // session and sends the user to sign in again; either way nothing is written.
        mvc.perform(post(page() + "/screening/decisions").with(as(CLINICIAN)).param("outcome", "ELIGIBLE")
                        .param("reason", "x"))
                .andExpect(redirectedUrl("/login?expired"));
        assertThat(conditions()).isZero();
        assertThat(jdbc.sql("select count(*) from intake_candidacy_decision where patient_id = :p")
                .param("p", patient.value()).query(Long.class).single()).isZero();
    }
}
