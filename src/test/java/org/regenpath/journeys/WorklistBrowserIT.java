package org.regenpath.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Role;
import org.regenpath.shared.UserId;
import org.regenpath.support.BrowserIT;
import org.regenpath.support.ClinicalFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The worklists: the lab technician finds an approved plan on the lab board, starts its collection from there and
 * records it, and the plan leaves the waiting list; the clinician finds the procedure on the day list, opens the
 * chart from it, reads where the patient stands and opens the printable summary.
 */
class WorklistBrowserIT extends BrowserIT {

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

    @Test
    void theLabStartsACollectionFromTheBoardAndTheClinicianFindsItOnTheDayListAndTheChart() {
        Actor clinician = actor(CLINICIAN);
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                clinician.clinicId(), mrn(), Outcome.ELIGIBLE);
        long plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, clinician, c,
                LocalDate.now(org.regenpath.support.WebIT.DEMO_ZONE));
        PatientView patient = registry.get(clinician, c.patient());
        String waiting = "#waiting-plan-" + plan;

        signIn(LAB);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            page.navigate(url("/lab"));
            return page.locator(waiting).count() == 1;
        });
        assertThat(page.locator(waiting)).containsText(patient.familyName() + ", " + patient.givenName()
                + " · MRN " + patient.mrn());
        assertThat(page.locator(waiting)).containsText("Bone marrow concentrate");
        assertThat(page.locator(waiting)).containsText("knee joint");
        screenshot("worklist-lab-board-waiting");

        page.locator("#collect-plan-" + plan).click();
        page.getByLabel("Where").fill("Procedure room 2");
        page.getByLabel("Harvest device").fill("Aspiration needle 11G");
        page.getByLabel("Kit lot").fill("HARV-8");
        page.locator("#collect").click();
        assertThat(page.locator("#product-state")).hasText("Collected");
        String product = page.locator("#product-id").textContent().trim();

        page.navigate(url("/lab"));
        assertThat(page.locator(waiting)).hasCount(0);
        assertThat(page.locator("[id='product-" + product + "']")).containsText("Collected");
        screenshot("worklist-lab-board-after-collection");

        context.clearCookies();
        signIn(CLINICIAN);
        page.locator("#day-list-link").click();
        assertThat(page.locator("h1")).hasText("Procedures this week");
        String row = "#today-procedures #day-plan-" + plan;
        assertThat(page.locator(row)).containsText(patient.familyName() + ", " + patient.givenName());
        assertThat(page.locator(row)).containsText("MRN " + patient.mrn());
        assertThat(page.locator(row)).containsText("Collected · " + product);
        assertThat(page.locator(row)).containsText("Planned");
        screenshot("worklist-day-list");

        page.locator(row + " a").click();
        assertThat(page.locator("#standing")).containsText("Where the patient stands");
        assertThat(page.locator("#fact-candidacy")).containsText("ELIGIBLE");
        assertThat(page.locator("#fact-plan")).containsText("Approved");
        assertThat(page.locator("#fact-plan")).containsText("injection planned for");
        assertThat(page.locator("#fact-treated")).containsText("Not yet");
        String plannedFact = page.locator("#fact-plan").textContent().trim();
        screenshot("worklist-chart-overview");

        page.navigate(url("/patients/" + patient.id().value() + "/summary"));
        assertThat(page.locator("h1")).hasText("Chart summary");
        assertThat(page.locator("#summary-patient")).containsText("MRN " + patient.mrn());
        assertThat(page.locator("#fact-plan")).hasText(plannedFact);
        screenshot("worklist-chart-summary");
    }

    private Actor actor(String email) {
        return jdbc.sql("select id, clinic_id, role from identity_user where email = :e").param("e", email)
                .query((rs, n) -> new Actor(new UserId(rs.getLong("id")), email, Role.valueOf(rs.getString("role")),
                        new ClinicId(rs.getLong("clinic_id")), null, null))
                .single();
    }

    private static String mrn() {
        return "WL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
