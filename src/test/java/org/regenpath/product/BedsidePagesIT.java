package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The bedside screen: a scan of the wrong wristband is stopped with the message shown; the right one passes. */
class BedsidePagesIT extends WebIT {

    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    @Autowired
    CandidacyScreening screening;

    @Autowired
    TreatmentPlans plans;

    @Autowired
    PlanConsents consents;

    @Autowired
    ChainOfCustody custody;

    @Autowired
    ClinicProductSettings settings;

    MockHttpServletRequestBuilder scan(String product, PatientId wristband) {
        return scan(product, wristband, "LEFT", "4");
    }

    MockHttpServletRequestBuilder scan(String product, PatientId wristband, String side, String volume) {
        return post("/bedside/" + product).with(as(CLINICIAN)).with(csrf()).param("version", "3")
                .param("wristband", Wristbands.code(actor(CLINICIAN).clinicId(), wristband)).param("productLabel", product)
                .param("siteRegion", "knee joint").param("siteLaterality", side).param("verifierEmail", LAB)
                .param("verifierPassword", DEMO_PASSWORD).param("location", "Procedure room 2")
                .param("volumeMl", volume).param("baselineReason", "PATIENT_DECLINED");
    }

    record Released(PatientId patient, String product) {}

    /** An ELIGIBLE patient's marrow product, released for injection. */
    Released released() {
        settings.save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE, new ClinicProductSettings.SettingsInput(
                Duration.ofHours(8), new BigDecimal("70"), 100_000_000L, null, Duration.ofHours(6),
                "Test values only, not clinical guidance"));
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        long plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), c);
        String product = new ReleasedProducts(custody, actor(LAB), actor(CLINICIAN)).release(c.patient(), plan);

        return new Released(c.patient(), product);
    }

    @Test
    void theWrongWristbandIsStoppedWithItsMessageAndTheRightOneIsInjected() throws Exception {
        Released r = released();
        String product = r.product();
        PatientId other = ClinicalFixtures.candidate(registry, profiles, screening, account(CLINICIAN).clinicId(),
                uniqueMrn(), null).patient();
        assertThat(mvc.perform(get("/bedside/" + product).with(as(CLINICIAN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Scan the patient's wristband");
        String stopped = mvc.perform(scan(product, other)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(stopped).contains("id=\"stopped\"").contains("data-rule=\"SAME_PATIENT\" data-passed=\"false\"");
        String passed = mvc.perform(scan(product, r.patient())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(passed).contains("id=\"administered\"").contains(">Administered</span>");
        mvc.perform(get("/bedside/" + product).with(as(OTHER_CLINICIAN))).andExpect(status().isNotFound());
    }

    @Test
    void theSideIsNotChosenForTheNurseAndAMissingSideIsNamedWithTheOtherSlips() throws Exception {
        Released r = released();
        String screen = mvc.perform(get("/bedside/" + r.product()).with(as(CLINICIAN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(screen.substring(screen.indexOf("id=\"siteLaterality\"")))
                .contains("<option value=\"\" selected=\"selected\">Choose…</option>")
                .doesNotContain("selected=\"selected\">Left");
        long attempts = attempts(r.product());
        String refused = mvc.perform(scan(r.product(), r.patient(), "", "four")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"siteLaterality-error\"").contains("Side: Choose the side")
                .contains("id=\"volumeMl-error\"").contains("value=\"knee joint\"").doesNotContain(">Administered</span>");
        assertThat(attempts(r.product())).isEqualTo(attempts);
        assertThat(custody.get(actor(CLINICIAN), r.product()).state()).isEqualTo(ProductState.RELEASED);
    }

    long attempts(String product) {
        return jdbc.sql("select count(*) from product_bedside_attempt where product_identifier = :p")
                .param("p", product).query(Long.class).single();
    }
}
