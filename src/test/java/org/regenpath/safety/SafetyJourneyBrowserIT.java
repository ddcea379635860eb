package org.regenpath.safety;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.regenpath.demo.PatientPath;
import org.regenpath.demo.TreatmentPaths;
import org.regenpath.identity.PatientAccounts;
import org.regenpath.intake.Outcome;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PortalInvitations;
import org.regenpath.product.ClinicProductSettings;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.DateStyle;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.Role;
import org.regenpath.shared.UserId;
import org.regenpath.support.BrowserIT;
import org.regenpath.support.PortalFixtures;
import org.regenpath.support.ProductText;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The safety journey in Chromium: a patient treated under an IND reports a problem from the portal on their phone;
 * the clinician opens it from the triage list, confirms it as an event graded serious (hospitalisation),
 * unexpected and possibly related to the product; the event page shows the 15-day IND safety report clock, which
 * appears on the reporting deadlines page with the clinic's last day; the draft Form FDA 3500A opens as a PDF with
 * the event's term and the patient's initials; the clinician marks the report sent with its reference.
 */
class SafetyJourneyBrowserIT extends BrowserIT {

    static final String REPORT = "My knee swelled up and got hot; I was kept in hospital overnight";

    @Autowired
    TreatmentPaths paths;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PatientRegistry registry;

    @Autowired
    PortalInvitations invitations;

    @Autowired
    PatientAccounts accounts;

    @Autowired
    ClinicProductSettings settings;

    Actor actor(String email) {
        return jdbc.sql("select id, clinic_id, role from identity_user where email = :e").param("e", email)
                .query((rs, n) -> new Actor(new UserId(rs.getLong("id")), email, Role.valueOf(rs.getString("role")),
                        new ClinicId(rs.getLong("clinic_id")), null, null))
                .single();
    }

    /** A portal patient whose more than minimally manipulated marrow concentrate was injected under an IND. */
    PortalFixtures.PortalPatient treatedUnderInd() {
        Actor clinician = actor(WebIT.CLINICIAN);
        TreatmentPaths.Staff staff = new TreatmentPaths.Staff(Actor.system(clinician.clinicId()), clinician,
                actor(WebIT.COORDINATOR), actor(WebIT.LAB), DEMO_PASSWORD);
        PortalFixtures.PortalPatient p = PortalFixtures.activePatient(registry, invitations, accounts,
                staff.coordinator(), "Iona");
        settings.save(actor(WebIT.ADMIN), ProductType.BONE_MARROW_CONCENTRATE,
                TreatmentPaths.marrowSettings("Test values only, not clinical guidance"));
        LocalDate today = LocalDate.now(WebIT.DEMO_ZONE);
        PatientPath path = paths.path(staff).patient(p.id(), "Iona Portaltest").screened().decided(Outcome.ELIGIBLE)
                .plan(TreatedPatients.manipulatedMarrowPlan(today)).consented()
                .approved(TreatedPatients.indRecord(today)).collected().processed().tested().released()
                .administered().procedureRecorded();
        assertThat(path.procedure()).isNotNull();
        return p;
    }

    void reportsFromThePortal(PortalFixtures.PortalPatient patient) {
        try (BrowserContext phone = phoneContext()) {
            Page p = phone.newPage();
            p.navigate(url("/login"));
            p.getByLabel("E-mail").fill(patient.email());
            p.getByLabel("Password").fill(PortalFixtures.PASSWORD);
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            p.locator("#report-problem").click();
            p.getByLabel("What happened?").fill(REPORT);
            p.locator("input[name=severity][value=SEVERE]").check();
            p.locator("#send-report").click();
            assertThat(p.locator("#my-reports")).containsText(REPORT);
            p.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target", "screenshots", "safety-journey-portal-report.png")));
        }
    }

    @Test
    void aPortalReportGradedSeriousUnexpectedAndPossiblyRelatedStartsTheIndClockAndOpensTheDraft() {
        PortalFixtures.PortalPatient patient = treatedUnderInd();
        reportsFromThePortal(patient);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from safety_triage_item where patient_id = :p and source = 'PROBLEM_REPORT'")
                .param("p", patient.id().value()).query(Long.class).single() == 1);

        signIn(WebIT.CLINICIAN);
        page.locator("#safety-link").click();
        Page.LocatorOptions reported = new Page.LocatorOptions().setHasText(REPORT);
        page.locator("#triage-items li", reported).locator("a.button").click();
        LocalDate today = LocalDate.now(WebIT.DEMO_ZONE);
        page.locator("#procedureId").selectOption(new SelectOption().setIndex(1));
        page.getByLabel("Term", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setValue("injection-site-swelling"));
        page.getByLabel("Began on").fill(today.toString());
        page.locator("input[name=grade][value='3']").check();
        page.locator("input[name=seriousness][value='HOSPITALISATION']").check();
        page.locator("input[name=expected][value='no']").check();
        page.getByLabel("Related to the harvest").selectOption(new SelectOption().setValue("UNLIKELY"));
        page.getByLabel("Related to the injection").selectOption(new SelectOption().setValue("UNLIKELY"));
        page.getByLabel("Related to the product").selectOption(new SelectOption().setValue("POSSIBLE"));
        page.locator("#save-event").click();

        String deadline = DateStyle.day(today.plusDays(15), WebIT.DEMO_ZONE);
        assertThat(page.locator("#event-clocks")).containsText("21 CFR 312.32(c)(1)");
        assertThat(page.locator("#event-clocks")).containsText(deadline);
        assertThat(page.locator("#reporting-basis")).containsText("Investigational new drug application");
        screenshot("safety-journey-event");
        String eventPage = page.url();

        page.locator("#all-clocks").click();
        com.microsoft.playwright.Locator hers = page.locator("#clocks tr[data-patient='" + patient.id().value() + "']");
        assertThat(hers).containsText("Portaltest, Iona");
        assertThat(hers).containsText(deadline);
        assertThat(hers).containsText("Open");
        screenshot("safety-journey-deadlines");

        page.navigate(eventPage);
        String href = page.locator("#form-3500a").getAttribute("href");
        APIResponse pdf = context.request().get(url(href));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        checkProductText(url(href), "application/pdf", pdf.body());
        String text = ProductText.pdfText(pdf.body()).replaceAll("\\s+", "");
        assertThat(text).contains("Swellingoreffusionoftheinjectedjointorsite", "I.P.", "IND012345");

        page.locator("#event-clocks summary").click();
        page.getByLabel("Reference").fill("MW-JOURNEY-1");
        page.locator("#event-clocks button[type=submit]").click();
        assertThat(page.locator("#event-clocks")).containsText("Submitted");
        assertThat(page.locator("#event-clocks")).containsText("reference MW-JOURNEY-1");
        screenshot("safety-journey-sent");
    }
}
