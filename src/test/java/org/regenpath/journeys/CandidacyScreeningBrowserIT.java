package org.regenpath.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regenpath.support.BrowserIT;

/**
 * Issue 3's journey: a clinician registers a patient, records knee osteoarthritis with NSAIDs and physical
 * therapy tried, answers the health screen, screens (ELIGIBLE), then records an active infection and screens
 * again (NOT ELIGIBLE, with the rule and its reason on screen).
 */
class CandidacyScreeningBrowserIT extends BrowserIT {

    @Test
    void kneeOsteoarthritisScreensEligibleUntilAnActiveInfectionIsRecorded() {
        signIn("clinician@demo-clinic.example");
        page.locator("#new-patient").click();
        page.getByLabel("Given name").fill("Nora");
        page.getByLabel("Family name").fill("Kneeling");
        page.getByLabel("Date of birth").fill("1959-04-21");
        page.getByLabel("Sex at birth").selectOption("F");
        page.locator("#save-patient").click();
        assertThat(page.locator("h1")).hasText("Kneeling, Nora");

        tab("Pain profile");
        page.locator("#add-condition").click();
        page.locator("#conditionId").selectOption("knee-oa");
        page.locator("#icd10Code").selectOption(new SelectOption().setValue("M17.11"));
        page.locator("#bodySite").selectOption("KNEE");
        page.locator("#laterality-RIGHT").check();
        page.locator("#onsetDate").fill(LocalDate.now().minusYears(3).toString());
        page.locator("#baselineNrs").fill("7");
        treatment(0, "NSAID", "26", "LOSS_OF_EFFECT");
        treatment(1, "PHYSICAL_THERAPY", "12", "PARTIAL_RELIEF");
        screenshot("intake-condition-form");
        page.locator("#save-condition").click();
        assertThat(page.locator("[data-testid=condition]")).containsText("Knee osteoarthritis");
        assertThat(page.locator("[data-testid=condition]")).containsText("M17.11");

        answerHealthScreenNoToEverything();
        screenshot("intake-pain-profile");

        tab("Candidacy screening");
        assertThat(page.locator("#screening-outcome")).hasText("ELIGIBLE");
        assertThat(page.locator("#evidence")).containsText("Knee osteoarthritis");
        assertThat(page.locator("#clinic-policy")).containsText("Clinic policy (no guideline sets a threshold)");
        screenshot("screening-eligible");

        tab("Pain profile");
        page.locator("#edit-health-screen").click();
        page.locator("#ACTIVE_INFECTION-YES").check();
        page.locator("#save-health-screen").click();
        tab("Candidacy screening");
        assertThat(page.locator("#screening-outcome")).hasText("NOT ELIGIBLE");
        Locator infection = page.locator("#findings li[data-rule-id=EXC-INFECTION]");
        assertThat(infection).hasAttribute("data-outcome", "NOT_ELIGIBLE");
        assertThat(infection.locator(".finding-message")).not().isEmpty();
        assertThat(infection.locator(".source")).containsText("Source");
        screenshot("screening-not-eligible");
    }

    private void tab(String name) {
        page.locator("nav.tabs").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
    }

    private void treatment(int row, String category, String weeks, String response) {
        String p = "treatments[" + row + "].";
        page.locator("[id='" + p + "category']").selectOption(category);
        page.locator("[id='" + p + "durationWeeks']").fill(weeks);
        page.locator("[id='" + p + "response']").selectOption(response);
    }

    private void answerHealthScreenNoToEverything() {
        page.locator("#edit-health-screen").click();
        Locator no = page.locator("#health-screen-form input[type=radio][value=NO]");
        for (int i = 0; i < no.count(); i++) {
            no.nth(i).check();
        }
        page.getByLabel("BMI").fill("27.4");
        page.locator("#save-health-screen").click();
        assertThat(page.locator("#health-screen")).isVisible();
    }
}
