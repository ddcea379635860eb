package org.regenpath.followup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regenpath.shared.PatientId;
import org.regenpath.support.BrowserIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Issue 5's staff journey, on a laptop and a tablet: the coordinator opens the follow-up dashboard, sees a patient
 * overdue, opens the patient's Follow-up tab and reads the trajectory table with its responder status. The story is
 * told on a clock set back in time, so the procedure, the answers and the windows carry the dates they would have.
 */
class FollowupViewsBrowserIT extends BrowserIT {

    private static final StoryClock CLOCK = new StoryClock();
    private static PatientId treated;
    private static PatientId lapsed;

    /** The application's clock for this journey: set to a day of the story, or following real time. */
    static final class StoryClock extends Clock {
        private volatile Instant fixed;

        void at(LocalDate day) {
            fixed = day.atTime(9, 30).toInstant(ZoneOffset.UTC);
        }

        void realTime() {
            fixed = null;
        }

        @Override
        public Instant instant() {
            Instant f = fixed;
            return f == null ? Instant.now() : f;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @TestConfiguration
    static class StoryClockConfiguration {
        @Bean
        @Primary
        Clock storyClock() {
            return CLOCK;
        }
    }

    @Autowired
    ApplicationContext beans;

    /**
     * Two knee patients. One treated 100 days ago: baseline pain 8, 1 month answered on time (6) but its other
     * questionnaires left to go overdue, 3 months pain 4 (a 50 % reduction). One treated 60 days ago who answered
     * only the baseline: the whole 1-month time point is overdue.
     */
    void story() {
        if (treated != null) {
            return;
        }
        TreatmentPath path = new TreatmentPath(beans, DEMO_PASSWORD);
        LocalDate today = LocalDate.now(org.regenpath.support.WebIT.DEMO_ZONE);
        try {
            CLOCK.at(today.minusDays(101));
            treated = path.planned("Whitfield", "Helen", today.minusDays(100));
            path.answerPain(treated, "baseline", 8);
            path.answerAll(treated, "baseline", "koos-jr", 2);
            CLOCK.at(today.minusDays(100));
            path.treat(treated);
            CLOCK.at(today.minusDays(70));
            path.answerPain(treated, "1m", 6);
            CLOCK.at(today.minusDays(5));
            path.answerPain(treated, "3m", 4);
            path.answerAll(treated, "3m", "koos-jr", 1);

            CLOCK.at(today.minusDays(61));
            lapsed = path.planned("Okafor", "Daniel", today.minusDays(60));
            path.answerPain(lapsed, "baseline", 7);
            CLOCK.at(today.minusDays(60));
            path.treat(lapsed);
        } finally {
            CLOCK.realTime();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280, 900", "tablet, 820, 1180"})
    void coordinatorFindsAnOverduePatientAndReadsTheTrajectory(String device, int width, int height) {
        story();
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error") && !m.text().startsWith("Failed to load resource")) {
                problems.add(m.text());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                problems.add(r.status() + " " + r.url());
            }
        });
        page.setViewportSize(width, height);
        signIn(TreatmentPath.COORDINATOR);
        page.locator("nav.mainnav a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Follow-up"))
                .click();
        assertThat(page.locator("h1")).hasText("Follow-up");
        Locator overdueRow = page.locator("#due tr[data-patient='" + lapsed.value() + "'][data-time-point='1m']");
        LocalDate today = LocalDate.now(org.regenpath.support.WebIT.DEMO_ZONE);
        long days = java.time.temporal.ChronoUnit.DAYS.between(today.minusDays(60).plusMonths(1).plusDays(14), today);
        assertThat(overdueRow).containsText("Overdue " + days + " days");
        assertThat(overdueRow.locator(".instruments")).hasText("NRS-11, KOOS, JR., PEG-3, PGIC");
        Locator partlyOverdue = page.locator("#due tr[data-patient='" + treated.value() + "'][data-time-point='1m']");
        assertThat(partlyOverdue.locator(".instruments")).hasText("KOOS, JR., PEG-3, PGIC");
        assertThat(partlyOverdue).not().containsText("NRS-11");
        assertThat(page.locator("#completion tr[data-time-point='3m'] .enrolled")).not().hasText("0");
        assertThat(page.locator("#answered-means")).containsText("primary instrument");
        assertThat(page.locator("canvas.completion-chart")).isVisible();
        screenshot("followup-dashboard-" + device);

        partlyOverdue.locator("a").click();
        assertThat(page.locator(".tabs a[aria-current='page']")).hasText("Follow-up");
        Locator grid = page.locator(".schedule-grid").first();
        assertThat(grid.locator("tr[data-time-point='1m'] td[data-instrument='nrs-11']")).hasAttribute("data-state",
                "COMPLETED");
        assertThat(grid.locator("tr[data-time-point='1m'] td[data-instrument='koos-jr']")).hasAttribute("data-state",
                "OVERDUE");
        assertThat(grid.locator("tr[data-time-point='baseline'] td[data-instrument='peg-3']"))
                .hasAttribute("data-state", "MISSED");
        Locator nrs = page.locator("article.trajectory[data-instrument='nrs-11']");
        assertThat(nrs.locator(".counts")).hasText("Answered at 3 of 3 time points so far (n = 3); 3 still to come.");
        assertThat(nrs.locator("tr[data-time-point='3m'] .score")).hasText("4");
        assertThat(nrs.locator("tr[data-time-point='3m'] .verdict"))
                .hasText("Improved 4 (50 %): ≥30 % reached, ≥50 % reached; MCID 2 reached");
        assertThat(nrs.locator("tr[data-time-point='1m'] .verdict"))
                .hasText("Improved 2 (25 %): ≥30 % not reached, ≥50 % not reached; MCID 2 reached");
        assertThat(page.locator("article.trajectory[data-instrument='koos-jr'] tr[data-time-point='3m'] .verdict"))
                .containsText("Improved");
        page.waitForFunction("() => document.querySelectorAll('canvas.trajectory-chart').length === 2"
                + " && [...document.querySelectorAll('canvas.trajectory-chart')]"
                + ".every(c => window.Chart && Chart.getChart(c) !== undefined)");
        screenshot("followup-chart-tab-" + device);
        page.locator("details.protocol summary").first().click();
        assertThat(page.locator(".protocol-form select[name='templateId']").first()).hasValue("default");
        page.locator("details.protocol").first().screenshot(new Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "followup-protocol-form-" + device + ".png")));
        assertThat(problems).as("console errors (CSP violations among them) and failed requests").isEmpty();
    }
}
