package org.regenpath.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.regenpath.support.BrowserIT;
import org.regenpath.support.TestMail;

/**
 * A coordinator invites a demo patient from the chart; the invitation arrives at a real SMTP server (GreenMail);
 * on a phone (390 x 844) the patient opens the link, sets a password and lands on the portal home.
 */
class PortalInvitationBrowserIT extends BrowserIT {

    private static final String PATIENT = "Lindqvist, Hannah";
    private static final String EMAIL = "hannah.lindqvist@patient.example";
    private static final String BASE_URL = "http://localhost:8080";

    @Test
    void coordinatorInvitesAndThePatientSetsAPasswordOnAPhone() {
        signIn("coordinator@demo-clinic.example");
        page.getByLabel("Name, MRN or date of birth").fill("Lindqvist");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PATIENT)).click();
        assertThat(page.locator("h1")).hasText(PATIENT);
        assertThat(page.locator("#portal-access")).containsText("Patient portal");
        screenshot("portal-chart-before-invitation");

        int before = TestMail.to(EMAIL).size();
        page.locator("#invite-to-portal").click();
        assertThat(page.locator(".alert.ok")).containsText("Invitation sent to " + EMAIL);
        assertThat(page.locator("#portal-access")).containsText("Invited");
        assertThat(page.locator("#invite-to-portal")).hasText("Send a new invitation");
        screenshot("portal-chart-invited");

        MimeMessage mail = TestMail.awaitMessage(EMAIL, before + 1);
        String link = TestMail.link(mail);
        org.assertj.core.api.Assertions.assertThat(link).startsWith(BASE_URL + "/portal/welcome?token=");

        try (BrowserContext phone = phoneContext()) {
            Page p = phone.newPage();
            p.setDefaultTimeout(10_000);
            p.navigate(link.replace(BASE_URL, url("")));
            assertThat(p.locator("h1")).hasText("Set your password");
            assertThat(p.getByLabel("E-mail (your sign-in name)")).hasValue(EMAIL);
            p.getByLabel("New password").fill("short");
            p.getByLabel("Type the password again").fill("short");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password and sign in")).click();
            assertThat(p.locator(".field.has-error")).containsText("Use 12 to 128 characters");
            shot(p, "portal-welcome-phone-error");

            p.getByLabel("New password").fill("hannah-portal-password");
            p.getByLabel("Type the password again").fill("hannah-portal-password");
            shot(p, "portal-welcome-phone");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password and sign in")).click();
            assertThat(p).hasURL(url("/portal"));
            assertThat(p.locator("h1")).hasText("Hello, Hannah");
            assertThat(p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
            shot(p, "portal-home-phone");

            p.navigate(link.replace(BASE_URL, url("")));
            assertThat(p.locator("h1")).hasText("This invitation link has already been used.");
            shot(p, "portal-link-used-phone");
        }

        page.reload();
        assertThat(page.locator("#portal-access")).containsText("Active");
    }

    private static void shot(Page p, String name) {
        p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }
}
