package org.regenpath.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regenpath.support.BrowserIT;

/**
 * Issue 4's plan journey on a tablet: a clinician records the ELIGIBLE decision for the demo patient Margaret
 * Ellison, writes a plan with two injection sites and sees its regulatory class change as they answer, tries to
 * approve before consent (refused, the reason on screen), gets the consent signed on the tablet (the patient's
 * typed name; the clinician's password, first mistyped) and approves.
 */
class PlanApprovalBrowserIT extends BrowserIT {

    private static final String CLINICIAN = "clinician@demo-clinic.example";

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(820, 1180);
    }

    @Test
    void aClinicianPlansTwoSitesGetsConsentSignedAndApproves() {
        signIn(CLINICIAN);
        page.navigate(url("/patients?q=Ellison"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ellison, Margaret")).click();
        tab("Candidacy screening");
        assertThat(page.locator("#screening-outcome")).hasText("ELIGIBLE");
        page.locator("#outcome-ELIGIBLE").check();
        page.locator("#record-decision").click();
        assertThat(page.locator("#flash")).isVisible();

        tab("Treatment plans");
        writePlanWithTwoSites();
        screenshot("plan-editor");
        page.locator("#save-plan").click();
        assertThat(page.locator("#latest-status")).hasText("Draft");
        assertThat(page.locator("#planned-sites tbody tr")).hasCount(2);
        assertThat(page.locator("#evidence-level")).containsText("Evidence:");
        assertThat(page.locator("#consent-status")).hasAttribute("data-status", "NOT_SIGNED");

        page.locator("#approve-plan").click();
        assertThat(page.locator("#approval-refused")).containsText("Version 1 has no signed consent");
        assertThat(page.locator("#latest-status")).hasText("Draft");
        screenshot("plan-approval-refused");

        page.locator("#open-consent").click();
        assertThat(page.locator("#section-regulatory-status")).containsText("Not an HCT/P (21 CFR 1271.3(d))");
        assertThat(page.locator("#section-regulatory-status")).containsText("Uncertain: Whether bone marrow"
                + " concentrate injected into an arthritic joint");
        assertThat(page.locator("#section-regulatory-status")).not().containsText("must register");
        assertThat(page.locator("#section-risks")).containsText("forming a tumour");
        assertThat(page.locator("#section-costs")).containsText("USD 4,800.00");
        page.getByLabel("Type your full name").fill("Margaret Ellison");
        page.locator("#patientAcknowledged").check();
        page.getByLabel("Your e-mail").fill(CLINICIAN);
        page.getByLabel("Your password").fill("not-the-password");
        page.locator("#sign-consent").click();
        assertThat(page.locator("#clinicianPassword-error")).containsText("The password is wrong");
        screenshot("consent-wrong-password");
        page.getByLabel("Your password").fill(DEMO_PASSWORD);
        page.locator("#sign-consent").click();
        assertThat(page.locator("#flash")).containsText("signed and countersigned");
        assertThat(page.locator("#consent-status")).hasAttribute("data-status", "VALID");

        page.locator("#approve-plan").click();
        assertThat(page.locator("#flash")).containsText("approved");
        assertThat(page.locator("#latest-status")).hasText("Approved");
        assertThat(page.locator("#collect-link")).isVisible();
        screenshot("plan-approved");

        page.locator("#print-consent").click();
        assertThat(page.locator("#print-signatures")).containsText("Consent given");
        assertThat(page.locator("#print-signatures")).containsText("Consent obtained and explained");
        screenshot("consent-print");
    }

    private void writePlanWithTwoSites() {
        page.locator("#cellSource").selectOption("AUTOLOGOUS_BONE_MARROW");
        page.locator("#productType").selectOption("BONE_MARROW_CONCENTRATE");
        page.locator("#manipulation").selectOption("MINIMAL");
        page.locator("#use").selectOption("NON_HOMOLOGOUS");
        assertThat(page.locator("#pathway")).hasAttribute("data-pathway", "BIOLOGIC_351");
        page.locator("#use").selectOption("HOMOLOGOUS");
        page.locator("#systemicOrLivingCellFunction-yes").check();
        assertThat(page.locator("#pathway")).hasAttribute("data-pathway", "NOT_AN_HCTP");
        assertThat(page.locator("#review-notice")).containsText("has not been reviewed by a regulatory adviser");
        assertThat(page.locator("#product-notes")).containsText("1271.3(d)(4)");

        site(0, "knee joint", "RIGHT", "4");
        page.locator("#add-site").click();
        site(1, "pes anserine bursa", "RIGHT", "1.5");
        page.locator("[id='sites[1].cells']").fill("10000000");

        String day = LocalDate.now().plusDays(7).toString();
        page.locator("#imageGuidance").selectOption("ULTRASOUND");
        page.getByLabel("Processing method").fill("BMC per lab SOP LAB-004");
        page.getByLabel("Processing device").fill("Centrifuge system X");
        page.getByLabel("Planned harvest").fill(day);
        page.getByLabel("Planned injection").fill(day);
        page.locator("#followUpTemplateId").selectOption("default");
        page.getByLabel("Amount").fill("4800");
        page.getByLabel("What it covers").fill("harvest, processing and both injections");
    }

    private void site(int row, String region, String side, String volume) {
        String p = "sites[" + row + "].";
        page.locator("[id='" + p + "region']").fill(region);
        page.locator("[id='" + p + "laterality']").selectOption(side);
        page.locator("[id='" + p + "volumeMl']").fill(volume);
    }

    private void tab(String name) {
        page.locator("nav.tabs").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
    }
}
