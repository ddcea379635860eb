package org.regenpath.safety;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.demo.TreatmentPaths;
import org.regenpath.identity.PatientAccounts;
import org.regenpath.intake.Outcome;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PortalInvitations;
import org.regenpath.product.ClinicProductSettings;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.Role;
import org.regenpath.shared.UserId;
import org.regenpath.support.BrowserIT;
import org.regenpath.support.PortalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a phone (390 x 844) a treated patient finds their day-2 checklist on the portal's home page, is told which
 * questions still need an answer, answers "yes, mild" to a swollen joint and "no" to the rest, and the checklist
 * leaves their list; the coordinator then sees on the phone entry page that the patient answered it in the portal,
 * and that the day-7 checklist is not answered yet (its ten questions ready for a call).
 */
class ChecklistPortalBrowserIT extends BrowserIT {

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
    ClinicProductSettings productSettings;

    private Actor actor(String email) {
        return jdbc.sql("select id, clinic_id, role from identity_user where email = :e").param("e", email)
                .query((rs, n) -> new Actor(new UserId(rs.getLong("id")), email, Role.valueOf(rs.getString("role")),
                        new ClinicId(rs.getLong("clinic_id")), null, null))
                .single();
    }

    private List<Long> checklists(PatientId p) {
        return jdbc.sql("select id from safety_checklist where patient_id = :p order by day_after_procedure")
                .param("p", p.value()).query(Long.class).list();
    }

    private PortalFixtures.PortalPatient treatedPatient() {
        Actor clinician = actor(WebIT.CLINICIAN);
        TreatmentPaths.Staff staff = new TreatmentPaths.Staff(Actor.system(clinician.clinicId()), clinician,
                actor(WebIT.COORDINATOR), actor(WebIT.LAB), DEMO_PASSWORD);
        PortalFixtures.PortalPatient p = PortalFixtures.activePatient(registry, invitations, accounts,
                staff.coordinator(), "Lena");
        productSettings.save(actor(WebIT.ADMIN), ProductType.BONE_MARROW_CONCENTRATE,
                TreatmentPaths.marrowSettings("Test values only, not clinical guidance"));
        paths.path(staff).patient(p.id(), "Lena Portaltest").screened().decided(Outcome.ELIGIBLE).plan().consented()
                .approved().collected().processed().tested().released().administered().procedureRecorded();
        await().atMost(Duration.ofSeconds(30)).until(() -> checklists(p.id()).size() == 3);
        // Two days on: the day-2 checklist is due today.
        jdbc.sql("update safety_checklist set performed_on = performed_on - 2, due_on = due_on - 2 where id = :id")
                .param("id", checklists(p.id()).get(0)).update();
        return p;
    }

    @Test
    void aTreatedPatientAnswersTheDayTwoChecklistOnAPhone() {
        PortalFixtures.PortalPatient patient = treatedPatient();
        long day2 = checklists(patient.id()).get(0);

        try (BrowserContext phone = phoneContext()) {
            Page p = phone.newPage();
            p.setDefaultTimeout(15_000);
            p.navigate(url("/login"));
            p.getByLabel("E-mail").fill(patient.email());
            p.getByLabel("Password").fill(PortalFixtures.PASSWORD);
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(p.locator("#checklists li")).hasCount(1);
            assertThat(p.locator("#checklists")).containsText("Day 2 after your treatment");
            p.locator("#checklists a").click();

            assertThat(p.locator("h1")).hasText("Day 2 after your treatment");
            p.locator("#item-injection-swelling input[value=yes]").check();
            p.locator("#send-checklist").click();
            assertThat(p.locator("#form-errors")).isVisible();
            assertThat(p.locator("[data-field=injection-swelling]")).hasText("Choose how bad it is.");
            assertThat(p.locator("[data-field=fever]")).hasText("Answer yes or no.");
            assertThat(p.locator("#item-injection-swelling input[value=yes]")).isChecked();

            for (com.microsoft.playwright.Locator item : p.locator(".checklist-item").all()) {
                if (!"injection-swelling".equals(item.getAttribute("data-item"))) {
                    item.locator("input[value=no]").check();
                }
            }
            p.locator("#item-injection-swelling input[value=MILD]").check();
            p.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target", "screenshots", "checklist-portal-phone.png")));
            p.locator("#send-checklist").click();

            assertThat(p.locator("#message")).containsText("Your clinic will look at what you told us");
            assertThat(p.locator("#checklists")).hasCount(0);
        }

        signIn(WebIT.COORDINATOR);
        page.navigate(url("/patients/" + patient.id().value() + "/checklists/" + day2));
        assertThat(page.locator("#answered-how")).containsText("Answered by the patient in the portal");
        assertThat(page.locator("[data-item=injection-swelling]")).containsText("Yes, mild");
        assertThat(page.locator("[data-answer=yes]")).hasCount(1);
        screenshot("checklist-answered-staff");

        page.navigate(url("/patients/" + patient.id().value() + "/checklists/" + checklists(patient.id()).get(1)));
        assertThat(page.locator("#not-answered")).containsText("Not answered yet");
        assertThat(page.locator(".checklist-item")).hasCount(10);
    }
}
