package org.regenpath.followup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regenpath.identity.Clinics;
import org.regenpath.identity.NewAccount;
import org.regenpath.identity.UserAccounts;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Role;
import org.regenpath.support.BrowserIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 5, item 2, as a clinic admin does it: the Instrument sets page shows that knee osteoarthritis gets the
 * shipped default; the admin starts a clinic set from it, swaps KOOS JR for the full KOOS at baseline, 3 and 12
 * months (after a look at the low back schedule's time points), makes the KOOS the primary outcome though it
 * is not asked at every time point (refused, ticks kept), puts the NRS back, and sees knee OA now gets the clinic's own set. In a clinic of its own, so no other test's knee
 * patients get the set.
 */
class InstrumentSetsBrowserIT extends BrowserIT {

    @Autowired
    Clinics clinics;

    @Autowired
    UserAccounts users;

    @Test
    void anAdminGivesKneePatientsTheFullKoos() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ClinicId clinic = clinics.create("Browser set clinic " + tag).id();
        String admin = "admin-" + tag + "@sets-browser.example";
        users.createAsSystem(clinic, new NewAccount(admin, "Ada Admin", Role.CLINIC_ADMIN, DEMO_PASSWORD));
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                problems.add(m.text());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                problems.add(r.status() + " " + r.url());
            }
        });

        signIn(admin);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Instrument sets")).click();
        assertThat(page.locator("#in-force tr[data-condition=knee-oa]")).containsText("Shipped default for this condition");
        assertThat(page.locator("#no-clinic-sets")).isVisible();

        page.locator("#start-from-knee-oa").click();
        assertThat(page.locator("#label")).hasValue("Knee osteoarthritis");
        assertThat(page.locator("#at-koos-jr-3m")).isChecked();
        page.locator("#templateId").selectOption("ichom-low-back");
        page.locator("#redraw").click();
        assertThat(page.locator("#grid thead")).not().containsText("1 month");
        page.navigate(url("/follow-up/instrument-sets/new?from=knee-oa"));
        assertThat(page.locator("#grid thead")).containsText("1 month");

        page.locator("#label").fill("Knee OA, full KOOS");
        for (String tp : List.of("baseline", "1m", "3m", "6m", "12m", "24m")) {
            page.locator("#at-koos-jr-" + tp).uncheck();
        }
        for (String tp : List.of("baseline", "3m", "12m")) {
            page.locator("#at-koos-" + tp).check();
        }
        page.locator("#condition-knee-oa").check();
        page.locator("#primaryInstrumentId").selectOption("koos");
        page.locator("#source").fill("Clinic decision 1 Dec 2026: the full KOOS gives all five subscales");
        page.locator("#save-set").click();
        assertThat(page.locator("#primary-error")).containsText("asked at every time point");
        assertThat(page.locator("#at-koos-3m")).isChecked();
        assertThat(page.locator("#at-koos-jr-3m")).not().isChecked();
        screenshot("instrument-set-form-refused");

        page.locator("#primaryInstrumentId").selectOption("nrs-11");
        page.locator("#save-set").click();
        assertThat(page.locator("#saved")).containsText("Plans approved from now on get it for knee-oa");
        assertThat(page.locator("#in-force tr[data-condition=knee-oa]")).containsText("This clinic's own set");
        assertThat(page.locator("#in-force tr[data-condition=hip-oa]")).containsText("Shipped default");
        assertThat(page.locator("article.set").first()).containsText("Knee OA, full KOOS");
        assertThat(page.locator("article.set").first().locator("tr[data-instrument=koos] td.asked")).hasCount(3);
        assertThat(page.locator("article.set").first().locator("tr[data-instrument=koos-jr]")).hasCount(0);
        screenshot("instrument-sets-overview");
        assertThat(problems).as("console errors (CSP violations among them) and failed requests").isEmpty();
    }
}
