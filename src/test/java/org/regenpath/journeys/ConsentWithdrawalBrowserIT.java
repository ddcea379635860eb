package org.regenpath.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.product.ChainOfCustody;
import org.regenpath.product.CollectInput;
import org.regenpath.product.CustodyAction;
import org.regenpath.product.CustodyInput;
import org.regenpath.product.Measurements;
import org.regenpath.product.Wristbands;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.regenpath.shared.UserId;
import org.regenpath.support.BrowserIT;
import org.regenpath.support.ClinicalFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The patient withdraws consent after their cells were released: the lab board and the product page warn, and at
 * the bedside the right wristband and label are still stopped, with the withdrawal's date and reason on screen.
 */
class ConsentWithdrawalBrowserIT extends BrowserIT {

    private static final String CLINICIAN = "clinician@demo-clinic.example";
    private static final String COORDINATOR = "coordinator@demo-clinic.example";
    private static final String LAB = "lab@demo-clinic.example";
    private static final String REASON = "Wants to wait until after the summer";

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
    JdbcClient jdbc;

    PatientId patient;
    String product;

    @BeforeEach
    void releasedProductWhosePatientWithdrewConsent() {
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                actor(CLINICIAN).clinicId(), "JW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                Outcome.ELIGIBLE);
        patient = c.patient();
        long plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), c);
        product = custody.collect(actor(LAB), patient, new CollectInput(plan, "Procedure room 2", null, null, null,
                null)).productId();
        custody.record(actor(LAB), product, new CustodyInput(CustodyAction.PROCESS, 0L, "Lab bench B",
                "Centrifuge system X", "KIT-42", null, null));
        custody.record(actor(LAB), product, new CustodyInput(CustodyAction.QC, 1L, "Lab bench B", null, null,
                new Measurements(null, 1_500_000_000L, new BigDecimal("91"), null, null), null));
        custody.record(actor(CLINICIAN), product, new CustodyInput(CustodyAction.RELEASE, 2L, "Lab bench B", null,
                null, null, null));
        consents.withdraw(actor(COORDINATOR), patient, plan, 1, REASON);
    }

    @Test
    void theBoardAndProductPageWarnAndTheBedsideStopsTheInjection() {
        signIn(CLINICIAN);
        page.navigate(url("/lab?state=RELEASED"));
        assertThat(page.locator("[id='consent-withdrawn-" + product + "']")).hasText("Consent withdrawn");
        assertThat(page.locator("#consent-withdrawn")).containsText("do not release or give");
        screenshot("withdrawal-lab-board");

        page.navigate(url("/lab/products/" + product));
        assertThat(page.locator("#consent-withdrawn")).containsText("(" + REASON + ")");
        assertThat(page.locator("#product-state")).hasText("Released");
        screenshot("withdrawal-product-page");

        page.locator("#bedside-link").click();
        page.locator("#productLabel").fill(product);
        page.locator("#siteRegion").fill("knee joint");
        page.locator("#siteLaterality").selectOption("LEFT");
        page.locator("#verifierEmail").fill(LAB);
        page.locator("#verifierPassword").fill(DEMO_PASSWORD);
        page.locator("#location").fill("Procedure room 2");
        page.locator("#volumeMl").fill("4.0");
        page.locator("#wristband").fill(Wristbands.code(actor(CLINICIAN).clinicId(), patient));
        page.locator("#check").click();
        assertThat(page.locator("#stopped")).containsText("STOP. Do not inject.");
        assertThat(page.locator("#findings li[data-rule=CONSENT_IN_FORCE]")).hasAttribute("data-passed", "false");
        assertThat(page.locator("#findings li[data-rule=CONSENT_IN_FORCE]")).containsText("(" + REASON + ")");
        assertThat(page.locator("#findings li[data-rule=SAME_PATIENT]")).hasAttribute("data-passed", "true");
        assertThat(page.locator("#product-state")).hasText("Released");
        screenshot("withdrawal-bedside-stop");
    }

    private Actor actor(String email) {
        return jdbc.sql("select id, clinic_id, role from identity_user where email = :e").param("e", email)
                .query((rs, n) -> new Actor(new UserId(rs.getLong("id")), email, Role.valueOf(rs.getString("role")),
                        new ClinicId(rs.getLong("clinic_id")), null, null))
                .single();
    }
}
