package org.regenpath.followup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.PatientId;
import org.regenpath.support.WebIT;
import org.regenpath.support.BrowserIT;
import org.regenpath.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue #5's journey: a patient with an approved plan is invited from the chart, gets the questionnaire e-mail,
 * and on a phone (390 x 844) sets a password, answers the NRS and KOOS JR (saving KOOS JR half way), is treated,
 * answers the 1-month pain question and sees their pain chart against their baseline; the coordinator's attrition
 * view counts the answer at 1 month, and the clinician sees the trajectory with responder status on the chart.
 */
class FollowupPortalBrowserIT extends BrowserIT {

    private static final String BASE_URL = "http://localhost:8080";

    @Autowired
    ApplicationContext beans;

    @Autowired
    FollowupReminders reminders;

    private int answeredAtOneMonth;

    @Test
    void aTreatedPatientAnswersOnAPhoneAndSeesTheirPainOverTime() {
        TreatmentPath path = new TreatmentPath(beans, DEMO_PASSWORD);
        String email = "adaeze." + UUID.randomUUID().toString().substring(0, 6) + "@patient.example";
        PatientId patient = path.planned("Okonkwo", "Adaeze", email, WebIT.clinicToday().plusDays(1));

        signIn("coordinator@demo-clinic.example");
        page.navigate(url("/patients/" + patient.value()));
        int before = TestMail.to(email).size();
        page.locator("#invite-to-portal").click();
        assertThat(page.locator(".alert.ok")).containsText("Invitation sent to " + email);
        String link = TestMail.link(TestMail.awaitMessage(email, before + 1));

        try (BrowserContext phone = phoneContext()) {
            Page p = phone.newPage();
            p.setDefaultTimeout(15_000);
            p.navigate(link.replace(BASE_URL, url("")));
            p.getByLabel("New password").fill("adaeze-portal-password");
            p.getByLabel("Type the password again").fill("adaeze-portal-password");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password and sign in")).click();
            assertThat(p.locator("h1")).hasText("Hello, Adaeze");

            reminders.sendDue();
            MimeMessage reminder = TestMail.awaitMessage(email, before + 2);
            org.assertj.core.api.Assertions.assertThat(TestMail.subject(reminder))
                    .isEqualTo("Your follow-up questionnaires are ready");
            assertThat(p.locator("#due li")).hasCount(4);
            shot(p, "followup-portal-due-phone");

            answerPain(p, 7);
            assertThat(p.locator("#message")).containsText("Thank you");
            assertThat(p.locator("#due li")).hasCount(3);

            answerKoosInTwoSittings(p);

            answeredAtOneMonth = oneMonth(path).answered();
            path.treat(patient);
            LocalDate today = WebIT.clinicToday();
            path.window(patient, "1m", today.minusDays(3), today.plusDays(11));
            p.navigate(url("/portal"));
            assertThat(p.locator("#due h3").first()).hasText("1 month");
            answerPain(p, 3);

            seesPainOverTime(p);
        }

        page.navigate(url("/follow-up"));
        assertThat(page.locator("#completion tr[data-time-point='1m'] td.answered"))
                .hasText(String.valueOf(answeredAtOneMonth + 1));
        screenshot("followup-coordinator-attrition-after-portal");
        page.navigate(url("/patients/" + patient.value() + "/follow-up"));
        assertThat(page.locator("body")).containsText("≥30 % reached");
        screenshot("followup-clinician-after-portal");
    }

    /** The clinic's completion at 1 month, as the coordinator's dashboard computes it. */
    private TimePointCompletion oneMonth(TreatmentPath path) {
        return beans.getBean(FollowupDashboard.class).dashboard(path.actor(TreatmentPath.COORDINATOR)).completion()
                .stream().filter(c -> c.timePointId().equals("1m")).findFirst().orElseThrow();
    }

    /** Answers three KOOS JR questions, saves, comes back to the saved answers, finishes and submits. */
    private static void answerKoosInTwoSittings(Page p) {
        p.locator("#due li[data-instrument='koos-jr'] a").click();
        assertThat(p.locator("h1")).containsText("KOOS");
        choose(p, 0, 2);
        choose(p, 1, 1);
        choose(p, 2, 2);
        shot(p, "followup-portal-koos-phone");
        p.locator("#save-draft").click();
        assertThat(p.locator("#message")).containsText("saved");
        assertThat(p.locator("#due li[data-instrument='koos-jr']")).containsText("Started");
        p.locator("#due li[data-instrument='koos-jr'] a").click();
        assertThat(p.locator("#draft-notice")).isVisible();
        for (int q = 3; q < 7; q++) {
            choose(p, q, 1);
        }
        p.locator("#submit").click();
        assertThat(p.locator("#message")).containsText("Thank you");
    }

    private static void seesPainOverTime(Page p) {
        p.locator("#open-progress").click();
        assertThat(p.locator("h1")).hasText("Your progress");
        assertThat(p.locator(".progress-panel[data-instrument='nrs-11'] .progress-comparison"))
                .containsText("57% lower than before treatment");
        assertThat(p.locator(".progress-panel[data-instrument='nrs-11'] tr[data-time-point='baseline']"))
                .containsText("7");
        assertThat(p.locator(".progress-panel[data-instrument='nrs-11'] tr[data-time-point='1m']"))
                .containsText("3");
        assertThat(p.locator(".progress-panel[data-instrument='nrs-11'] svg polyline")).isVisible();
        shot(p, "followup-portal-progress-phone");
    }

    private static void answerPain(Page p, int pain) {
        p.locator("#due li[data-instrument='nrs-11'] a").first().click();
        p.locator(".question .option").nth(pain).click();
        p.locator("#submit").click();
    }

    private static void choose(Page p, int question, int option) {
        p.locator(".question").nth(question).locator(".option").nth(option).click();
    }

    private static void shot(Page p, String name) {
        p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }
}
