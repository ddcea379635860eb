package org.regenpath.registry;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regenpath.identity.Clinics;
import org.regenpath.identity.UserAccounts;
import org.regenpath.support.BrowserIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The registry dashboard in Chromium: the demo researcher lands on it after signing in and finds no patient pages
 * in the menu; a researcher of a clinic with a known cohort ({@link RegistryFixture}) narrows it by condition and
 * time point with the plain form and reads the three denominators in the table beside the chart; the clinic's
 * clinician reaches it from the menu.
 */
class RegistryDashboardBrowserIT extends BrowserIT {

    private static final String DEMO_RESEARCHER = "researcher@demo-clinic.example";

    @Autowired
    Clinics clinics;

    @Autowired
    UserAccounts users;

    @Autowired
    RegistryStore store;

    @Test
    void researchersAndCliniciansReadTheirClinicsRespondersAndNarrowThem() {
        RegistryFixture.Made fixture = RegistryFixture.make(clinics, users, store, DEMO_PASSWORD);
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                problems.add(m.text());
            }
        });

        signIn(DEMO_RESEARCHER);
        assertThat(page).hasURL(Pattern.compile(".*/registry$"));
        assertThat(page.locator("h1")).hasText("Outcomes registry");
        assertThat(page.locator("#registry-link")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Patients").setExact(true)))
                .hasCount(0);
        assertThat(page.locator("#registry-summary")).containsText("n = ");
        screenshot("registry-demo-researcher");

        context.clearCookies();
        signIn(fixture.researcher());
        assertThat(page).hasURL(Pattern.compile(".*/registry$"));
        assertThat(page.locator("#registry-summary")).containsText("n = 13");
        page.locator("#condition").selectOption("knee-oa");
        page.locator("#show-figures").click();
        assertThat(page).hasURL(Pattern.compile(".*condition=knee-oa.*"));
        assertThat(page.locator("#registry-summary")).containsText("n = 12");
        assertThat(page.locator("#condition")).hasValue("knee-oa");
        var oneMonth = page.locator("#table-pain-30-percent tr[data-time-point='1m']");
        assertThat(oneMonth.locator("td[data-denominator='completers']")).containsText("6 of 9");
        assertThat(oneMonth.locator("td[data-denominator='missing-as-non-responder']")).containsText("6 of 12");
        assertThat(oneMonth.locator("td[data-denominator='last-observation-carried-forward']")).containsText("50 %");
        assertThat(oneMonth.locator("td.missing")).containsText("3 of 12");
        assertThat(page.locator("#measure-pain-30-percent canvas.responder-chart")).isVisible();
        screenshot("registry-knee-researcher");

        page.locator("#timePoint").selectOption("3m");
        page.locator("#show-figures").click();
        assertThat(page.locator("#table-pain-30-percent tbody tr")).hasCount(1);
        var threeMonths = page.locator("#table-pain-30-percent tr[data-time-point='3m']");
        assertThat(threeMonths.locator("td[data-denominator='completers']")).containsText("3 of 3");
        assertThat(threeMonths.locator("td[data-denominator='completers'] .small-sample")).isVisible();
        assertThat(threeMonths.locator("td[data-denominator='last-observation-carried-forward']"))
                .containsText("6 of 12");

        page.locator("#cellSource").selectOption("ALLOGENEIC_PLACENTAL");
        page.locator("#show-figures").click();
        assertThat(page.locator("#registry-empty")).containsText("No treated patients match");
        screenshot("registry-empty");

        context.clearCookies();
        signIn(fixture.clinician());
        page.locator("#registry-link").click();
        assertThat(page.locator("#registry-summary")).containsText("n = 13");
        assertThat(page.locator("#table-primary-mcid")).isVisible();
        screenshot("registry-clinician");
        assertThat(problems).as("console errors on the dashboard").isEmpty();
    }

    @Test
    void onAPhoneTheDashboardFitsTheWidth() {
        RegistryFixture.Made fixture = RegistryFixture.make(clinics, users, store, DEMO_PASSWORD);
        page.setViewportSize(390, 844);
        signIn(fixture.researcher());
        assertThat(page.locator("#registry-summary")).containsText("n = 13");
        Object scrollWidth = page.evaluate("document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
        screenshot("registry-phone");
    }
}
