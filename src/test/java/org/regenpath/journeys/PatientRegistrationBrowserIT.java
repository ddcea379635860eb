package org.regenpath.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.regenpath.support.BrowserIT;
import com.microsoft.playwright.Page;

/** A clinician registers a patient in the browser; a bad date of birth is refused inline, nothing saved. */
class PatientRegistrationBrowserIT extends BrowserIT {

    @Test
    void clinicianRegistersAPatientAfterFixingAFutureBirthDate() {
        signIn("clinician@demo-clinic.example");
        assertThat(page).hasURL(url("/patients"));
        assertThat(page.locator("#patient-results tbody tr").first()).isVisible();
        screenshot("patients-list");

        page.locator("#new-patient").click();
        page.getByLabel("Given name").fill("Journey");
        page.getByLabel("Family name").fill("Browserton");
        page.getByLabel("Date of birth").fill("2999-01-01");
        page.getByLabel("Sex at birth").selectOption("F");
        page.locator("#save-patient").click();
        assertThat(page.locator(".field.has-error")).containsText("Cannot be in the future");
        assertThat(page.getByLabel("Given name")).hasValue("Journey");
        screenshot("patient-form-error");

        page.getByLabel("Date of birth").fill("1962-08-15");
        page.locator("#save-patient").click();
        assertThat(page.locator("h1")).hasText("Browserton, Journey");
        assertThat(page.locator(".alert.ok")).containsText("Patient registered with MRN");
        screenshot("patient-chart");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Patients")).click();
        page.getByLabel("Name, MRN or date of birth").fill("Browserton");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.locator("#patient-results tbody tr")).hasCount(1);
    }
}
