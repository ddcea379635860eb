package org.regenpath.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.regenpath.support.BrowserIT;

/** A clinic admin opens the clinic settings on a phone, moves the clinic to Chicago time and back. */
class ClinicSettingsBrowserIT extends BrowserIT {

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(390, 844);
    }

    @Test
    void theAdminChangesTheClinicsTimeZone() {
        signIn("admin@demo-clinic.example");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clinic settings")).click();
        assertThat(page.locator("#current-zone")).hasText("America/New_York");
        screenshot("clinic-settings");

        page.getByLabel("Time zone").selectOption("America/Chicago");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".alert.ok")).containsText("America/Chicago");
        assertThat(page.locator(".alert.ok")).containsText("CST");
        assertThat(page.locator("#current-zone")).hasText("America/Chicago");
        screenshot("clinic-settings-saved");

        page.getByLabel("Time zone").selectOption("America/New_York");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#current-zone")).hasText("America/New_York");
    }
}
