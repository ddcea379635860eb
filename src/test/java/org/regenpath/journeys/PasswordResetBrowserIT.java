package org.regenpath.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regenpath.identity.NewAccount;
import org.regenpath.identity.PatientAccounts;
import org.regenpath.identity.UserAccounts;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PortalInvitations;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Role;
import org.regenpath.support.BrowserIT;
import org.regenpath.support.PortalFixtures;
import org.regenpath.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Forgot password via GreenMail, for a staff member on a laptop and a portal patient on a phone: ask from the
 * sign-in page, read the mail from the SMTP server, open the link in Chromium, set the password, and sign in with
 * it while the old one is refused; the used link then says so and offers a new one.
 */
class PasswordResetBrowserIT extends BrowserIT {

    private static final String BASE_URL = "http://localhost:8080";

    @Autowired
    UserAccounts users;

    @Autowired
    PatientRegistry registry;

    @Autowired
    PortalInvitations invitations;

    @Autowired
    PatientAccounts patientAccounts;

    @Autowired
    JdbcClient jdbc;

    private ClinicId demoClinic() {
        return new ClinicId(jdbc.sql("select clinic_id from identity_user where email = 'admin@demo-clinic.example'")
                .query(Long.class).single());
    }

    @Test
    void aStaffMemberWhoForgotTheirPasswordSetsANewOneFromTheEmail() {
        String email = "forgetful-" + UUID.randomUUID().toString().substring(0, 8) + "@demo-clinic.example";
        users.createAsSystem(demoClinic(), new NewAccount(email, "Forgetful Clinician", Role.CLINICIAN,
                "old-staff-password-1"));

        page.navigate(url("/login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?")).click();
        assertThat(page.locator("h1")).hasText("Forgot your password?");
        page.getByLabel("E-mail").fill(email);
        screenshot("forgot-password-ask");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
        assertThat(page.locator("#reset-sent")).containsText("If an account exists for that address");
        assertThat(page.locator("#reset-sent")).containsText("30 minutes");
        screenshot("forgot-password-sent");

        String link = TestMail.link(TestMail.awaitMessage(email, 1));
        page.navigate(link.replace(BASE_URL, url("")));
        assertThat(page.locator("h1")).hasText("Choose a new password");
        assertThat(page.getByLabel("E-mail (your sign-in name)")).hasValue(email);
        page.getByLabel("New password").fill("too-short");
        page.getByLabel("Type the password again").fill("too-short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set the new password")).click();
        assertThat(page.locator(".field.has-error")).containsText("Use 12 to 128 characters");
        screenshot("forgot-password-reset-error");
        page.getByLabel("New password").fill("new-staff-password-1");
        page.getByLabel("Type the password again").fill("new-staff-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set the new password")).click();
        assertThat(page.locator("#password-reset")).containsText("Your new password is set");
        screenshot("forgot-password-done");

        signInWith(page, email, "old-staff-password-1");
        assertThat(page.locator(".alert.error")).containsText("Sign-in failed");
        signInWith(page, email, "new-staff-password-1");
        assertThat(page).hasURL(url("/patients"));
        assertThat(page.getByText("Forgetful Clinician").first()).isVisible();

        page.navigate(link.replace(BASE_URL, url("")));
        assertThat(page.locator("h1")).hasText("This password reset link has already been used.");
        assertThat(page.locator("#ask-again")).hasAttribute("href", "/password/forgot");
        screenshot("forgot-password-link-used");
    }

    @Test
    void aPortalPatientWhoForgotTheirPasswordSetsANewOneOnAPhone() {
        ClinicId clinic = demoClinic();
        PortalFixtures.PortalPatient patient = PortalFixtures.activePatient(registry, invitations, patientAccounts,
                Actor.system(clinic), "Forgetful");
        int before = TestMail.to(patient.email()).size();
        try (BrowserContext phone = page.context().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true))) {
            Page p = phone.newPage();
            p.setDefaultTimeout(10_000);
            p.navigate(url("/login"));
            p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?")).click();
            p.getByLabel("E-mail").fill(patient.email());
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
            assertThat(p.locator("#reset-sent")).containsText("If an account exists for that address");
            shot(p, "forgot-password-sent-phone");

            String link = TestMail.link(TestMail.awaitMessage(patient.email(), before + 1));
            p.navigate(link.replace(BASE_URL, url("")));
            assertThat(p.locator("h1")).hasText("Choose a new password");
            p.getByLabel("New password").fill("patient-new-password-2");
            p.getByLabel("Type the password again").fill("patient-new-password-2");
            shot(p, "forgot-password-reset-phone");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set the new password")).click();
            assertThat(p.locator("#password-reset")).containsText("Your new password is set");

            signInWith(p, patient.email(), PortalFixtures.PASSWORD);
            assertThat(p.locator(".alert.error")).containsText("Sign-in failed");
            signInWith(p, patient.email(), "patient-new-password-2");
            assertThat(p).hasURL(url("/portal"));
            assertThat(p.locator("h1")).hasText("Hello, Forgetful");
            shot(p, "forgot-password-portal-home-phone");
        }
    }

    private void signInWith(Page p, String email, String password) {
        p.navigate(url("/login"));
        p.getByLabel("E-mail").fill(email);
        p.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    private static void shot(Page p, String name) {
        p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }
}
