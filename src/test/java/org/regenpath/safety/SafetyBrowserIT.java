package org.regenpath.safety;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.regenpath.demo.PatientPath;
import org.regenpath.demo.TreatmentPaths;
import org.regenpath.followup.ProblemReports;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.intake.Outcome;
import org.regenpath.product.ClinicProductSettings;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Role;
import org.regenpath.shared.UserId;
import org.regenpath.support.BrowserIT;
import org.regenpath.support.WebIT;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The clinician's triage journey in Chromium: a report told by phone is on the Safety list; the clinician confirms
 * it, is refused a grade CTCAE does not allow for the term (the message beside the grade), grades it 2 and serious,
 * and sees the event with the grade's definition and its version, then on the chart's Safety tab. Every page is
 * checked at phone width and with axe by {@link BrowserIT}.
 */
class SafetyBrowserIT extends BrowserIT {

    @Autowired
    ClinicProductSettings settings;

    @Autowired
    ProblemReports problems;

    @Autowired
    TreatmentPaths paths;

    @Autowired
    JdbcClient jdbc;

    Actor actor(String email) {
        return jdbc.sql("select id, clinic_id, role from identity_user where email = :e").param("e", email)
                .query((rs, n) -> new Actor(new UserId(rs.getLong("id")), email, Role.valueOf(rs.getString("role")),
                        new ClinicId(rs.getLong("clinic_id")), null, null))
                .single();
    }

    @Test
    void aReportIsConfirmedGradedAndShownWithItsDefinition() {
        settings.save(actor(WebIT.ADMIN), ProductType.BONE_MARROW_CONCENTRATE,
                TreatmentPaths.marrowSettings("Test values only, not clinical guidance"));
        Actor clinician = actor(WebIT.CLINICIAN);
        PatientPath path = paths.path(new TreatmentPaths.Staff(Actor.system(clinician.clinicId()), clinician, null,
                        actor(WebIT.LAB), DEMO_PASSWORD))
                .patient("S-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase()).screened().decided(Outcome.ELIGIBLE).plan(LocalDate.now().plusDays(1))
                .consented().approved().collected().processed().tested().released().administered()
                .procedureRecorded();
        PatientId patient = path.patientId();
        long report = problems.report(actor(WebIT.COORDINATOR), patient, new ProblemReports.ProblemInput(
                "Knee swollen and hot since this morning", LocalDate.now(WebIT.DEMO_ZONE), ProblemSeverity.SEVERE)).id();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from safety_triage_item where source_id = :r and source = 'PROBLEM_REPORT'")
                .param("r", report).query(Long.class).single() == 1);

        signIn(WebIT.CLINICIAN);
        page.locator("#safety-link").click();
        assertThat(page.locator("#triage-items")).containsText("Knee swollen and hot since this morning");
        page.locator("#triage-items li", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Knee swollen and hot since this morning")).locator("a.button").click();

        page.getByLabel("Term", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setValue("injection-site-swelling"));
        page.getByLabel("Began on").fill(LocalDate.now(WebIT.DEMO_ZONE).toString());
        page.locator("input[name=grade][value='3']").check();
        page.locator("input[name=seriousness][value='IMPORTANT_MEDICAL_EVENT']").check();
        page.locator("input[name=expected][value='no']").check();
        page.locator("#save-event").click();
        assertThat(page.locator("#field-errors")).containsText("Related to the harvest");
        screenshot("safety-event-form-error");

        page.getByLabel("Related to the harvest").selectOption(new SelectOption().setValue("UNLIKELY"));
        page.getByLabel("Related to the injection").selectOption(new SelectOption().setValue("POSSIBLE"));
        page.getByLabel("Related to the product").selectOption(new SelectOption().setValue("POSSIBLE"));
        page.locator("input[name=grade][value='2']").check();
        page.locator("#save-event").click();

        assertThat(page.locator("#grade")).containsText("Symptomatic; limiting instrumental ADL");
        assertThat(page.locator("#seriousness")).containsText("Important medical event");
        assertThat(page.locator("#versions")).containsText("Version 1");
        screenshot("safety-event");
        page.locator("#safety-tab").click();
        assertThat(page.locator("#events")).containsText("Grade 2");
    }
}
