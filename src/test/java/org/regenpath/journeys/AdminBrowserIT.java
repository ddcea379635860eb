package org.regenpath.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regenpath.support.BrowserIT;

/**
 * A clinic admin adds a user, finds the sign-ins and refusals in the audit trail and sees in words that no
 * background step is failing, on a tablet.
 */
class AdminBrowserIT extends BrowserIT {

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(820, 1180);
    }

    @Test
    void adminCreatesAUserSearchesTheAuditTrailAndSeesNoFailingBackgroundStep() {
        page.navigate(url("/login"));
        page.getByLabel("E-mail").fill("admin@demo-clinic.example");
        page.getByLabel("Password").fill("wrong-password-entirely");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator(".alert.error")).containsText("Sign-in failed");
        screenshot("login-failed");

        signIn("admin@demo-clinic.example");
        assertThat(page).hasURL(url("/admin/users"));
        String email = "nurse-" + UUID.randomUUID().toString().substring(0, 6) + "@demo-clinic.example";
        page.getByLabel("Name").fill("Nurse Browser");
        page.getByLabel("E-mail (login)").fill(email);
        page.getByLabel("Role").selectOption("COORDINATOR");
        page.getByLabel("Initial password").fill("short");
        page.locator("#create-user").click();
        assertThat(page.locator(".field.has-error")).containsText("Use 12 to 128 characters");
        page.getByLabel("Initial password").fill("a-long-enough-password");
        page.locator("#create-user").click();
        assertThat(page.locator(".alert.ok")).containsText(email);
        assertThat(page.locator("#users")).containsText("Nurse Browser");
        screenshot("admin-users");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail")).click();
        page.locator("#user").fill("admin@demo-clinic.example");
        page.locator("#outcome").selectOption("DENIED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.locator("#audit-rows tbody")).containsText("Login failed");
        screenshot("admin-audit");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Background steps")).click();
        assertThat(page).hasURL(url("/admin/events"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Background steps that keep failing");
        assertThat(page.locator("#none")).hasText("Nothing is failing: every background step has completed.");
        assertThat(page.locator("table")).hasCount(0);
        assertThat(page.locator("main")).not().containsText("The steps below");
        screenshot("admin-events");
    }
}
