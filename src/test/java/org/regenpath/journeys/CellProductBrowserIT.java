package org.regenpath.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.product.CustodyAction;
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
 * Issue 4's journey: the lab technician collects bone marrow concentrate for an approved plan, processes it and
 * records QC; the clinician (a second person) releases it; at the bedside the wrong patient's wristband is
 * scanned and stopped on screen, then the right one passes, the lab technician confirms as the second person,
 * the injection is recorded, and the clinician records the procedure.
 */
class CellProductBrowserIT extends BrowserIT {

    private static final String CLINICIAN = "clinician@demo-clinic.example";
    private static final String LAB = "lab@demo-clinic.example";

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
    JdbcClient jdbc;

    PatientId patient;
    PatientId otherPatient;
    long plan;

    @BeforeEach
    void approvedPlanAndAnotherPatient() {
        Actor clinician = actor(CLINICIAN);
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                clinician.clinicId(), mrn(), Outcome.ELIGIBLE);
        patient = c.patient();
        otherPatient = ClinicalFixtures.candidate(registry, profiles, screening, clinician.clinicId(), mrn(), null)
                .patient();
        plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, clinician, c);
    }

    /** The second person types their password again, and the scanner types the wristband and Enter. */
    private void scanWristband(String scan) {
        page.locator("#verifierPassword").fill(DEMO_PASSWORD);
        page.locator("#wristband").fill("");
        page.locator("#wristband").pressSequentially(scan);
        page.locator("#wristband").press("Enter");
    }

    /** What the patient's wristband barcode carries, as the scanner types it. */
    String wristband(PatientId p) {
        return Wristbands.code(actor(CLINICIAN).clinicId(), p);
    }

    @Test
    void labReleasesAndBedsideStopsTheWrongPatientThenAdministers() {
        signIn(LAB);
        page.navigate(url("/lab/patients/" + patient.value() + "/collect?planId=" + plan));
        page.getByLabel("Where").fill("Procedure room 2");
        page.getByLabel("Harvest device").fill("Aspiration needle 11G");
        page.getByLabel("Kit lot").fill("HARV-7");
        page.locator("#collect").click();
        assertThat(page.locator("#product-state")).hasText("Collected");
        String product = page.locator("#product-id").textContent().trim();
        assertThat(product).isNotBlank();

        step("PROCESS", "Lab bench B", "Centrifuge system X", "KIT-42", null, null);
        assertThat(page.locator("#product-state")).hasText("In processing");
        step("QC", "Lab bench B", null, null, "1500000000", "91");
        assertThat(page.locator("#history tr[data-step=QC_RECORDED]")).hasCount(1);
        assertThat(page.locator("#history tr[data-step=QC_RECORDED]")).containsText("TNC 1.5 × 10⁹");
        page.navigate(url("/lab"));
        assertThat(page.locator("[id='product-" + product + "']")).containsText("In processing");
        screenshot("journey4-lab-board");

        context.clearCookies();
        signIn(CLINICIAN);
        page.navigate(url("/lab/products/" + product));
        step("RELEASE", "Lab bench B", null, null, null, null);
        assertThat(page.locator("#product-state")).hasText("Released");
        // The custody record names the person by their display name, not their login e-mail.
        assertThat(page.locator("#history tr[data-step=RELEASED]")).containsText("Demo Clinician");
        assertThat(page.locator("#history")).not().containsText("@demo-clinic.example");
        screenshot("journey4-product-released");

        page.locator("#bedside-link").click();
        // Nobody answered the baseline questionnaires: the screen warns and asks why before it checks.
        assertThat(page.locator("#baseline-warning")).containsText("Baseline questionnaires not completed");
        page.locator("#baselineReason").selectOption("PATIENT_DECLINED");
        fillBedsideExceptWristband(product);
        scanWristband(String.valueOf(patient.value()));
        assertThat(page.locator("#findings li[data-rule=WRISTBAND_READ]")).containsText("carries only a number");
        assertThat(page.locator("#product-state")).hasText("Released");

        scanWristband(wristband(otherPatient));
        assertThat(page.locator("#stopped")).containsText("STOP. Do not inject.");
        assertThat(page.locator("#findings li[data-rule=SAME_PATIENT]")).hasAttribute("data-passed", "false");
        assertThat(page.locator("#findings li[data-rule=SAME_PATIENT]")).containsText("STOP");
        assertThat(page.locator("#product-state")).hasText("Released");
        screenshot("journey4-bedside-stop");

        scanWristband(wristband(patient));
        assertThat(page.locator("#administered")).containsText("All checks passed");
        assertThat(page.locator("#stopped")).hasCount(0);
        assertThat(page.locator("#product-state")).hasText("Administered");
        screenshot("journey4-bedside-pass");

        recordsTheProcedureAfterAFormWithErrors(product);
    }

    /** The procedure form keeps what was typed when it refuses, then confirms the save. */
    private void recordsTheProcedureAfterAFormWithErrors(String product) {
        page.locator("#procedure-link").click();
        assertThat(page.locator("#productId")).hasValue(product);
        assertThat(page.locator("#siteLaterality")).hasValue("");
        page.locator("#siteRegion").fill("knee joint");
        page.locator("#instructions").fill("Rest the knee for 48 hours");
        page.locator("#record-procedure").click();
        assertThat(page.locator("#siteLaterality-error")).containsText("Choose the side");
        assertThat(page.locator("#field-errors")).containsText("Image guidance:");
        assertThat(page.locator("#siteRegion")).hasValue("knee joint");
        assertThat(page.locator("#instructions")).hasValue("Rest the knee for 48 hours");
        recordProcedureOnTheLeftKnee();
        assertThat(page.locator("#saved")).containsText("Procedure recorded for product " + product);
        assertThat(page.locator("#procedures tr[data-product='" + product + "']")).containsText("knee joint");
        assertThat(page.locator("#no-procedures")).hasCount(0);
        screenshot("journey4-procedure-recorded");
    }

    /** The label, the site and the second person (the lab technician), as the nurse fills them in. */
    private void fillBedsideExceptWristband(String product) {
        page.locator("#productLabel").fill(product.substring(0, 6) + "-" + product.substring(6));
        page.locator("#siteRegion").fill("knee joint");
        page.locator("#siteLaterality").selectOption("LEFT");
        page.locator("#verifierEmail").fill(LAB);
        page.locator("#verifierPassword").fill(DEMO_PASSWORD);
        page.locator("#location").fill("Procedure room 2");
        page.locator("#volumeMl").fill("4.0");
    }

    private void recordProcedureOnTheLeftKnee() {
        page.locator("#imageGuidance").selectOption("ULTRASOUND");
        page.locator("#siteRegion").fill("knee joint");
        page.locator("#siteLaterality").selectOption("LEFT");
        page.locator("#volumeMl").fill("4.0");
        page.locator("#complications").fill("None");
        page.locator("#instructions").fill("Rest the knee for 48 hours");
        page.locator("#record-procedure").click();
    }

    private void step(String action, String location, String device, String kitLot, String cells,
            String viability) {
        page.locator("#action").selectOption(action);
        page.locator("#location").fill(location);
        fillIfGiven("#device", device);
        fillIfGiven("#kitLot", kitLot);
        fillIfGiven("#totalNucleatedCells", cells);
        fillIfGiven("#viabilityPercent", viability);
        page.locator("#record").click();
        assertThat(page.locator("#flash")).containsText("Recorded: " + CustodyAction.valueOf(action).step().label());
    }

    private void fillIfGiven(String selector, String value) {
        if (value != null) {
            page.locator(selector).fill(value);
        }
    }

    private Actor actor(String email) {
        return jdbc.sql("select id, clinic_id, role from identity_user where email = :e").param("e", email)
                .query((rs, n) -> new Actor(new UserId(rs.getLong("id")), email, Role.valueOf(rs.getString("role")),
                        new ClinicId(rs.getLong("clinic_id")), null, null))
                .single();
    }

    private static String mrn() {
        return "J4-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
