package org.regenpath.followup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.PatientId;
import org.regenpath.support.BrowserIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue #11's procedure journey: after the bedside injection the clinician opens the procedure form from the chart
 * tab, leaves the side out, sees the error next to that field with the site, volume and instructions kept, picks the
 * side and sees the procedure confirmed and listed. (In the follow-up tests' package for {@link TreatmentPath}.)
 */
class ProcedureFormBrowserIT extends BrowserIT {

    @Autowired
    ApplicationContext beans;

    @Test
    void aRefusedProcedureKeepsWhatWasTypedAndIsSavedOnceCorrected() {
        TreatmentPath path = new TreatmentPath(beans, DEMO_PASSWORD);
        PatientId patient = path.planned("Lindqvist", "Ingrid", LocalDate.now(ZoneOffset.UTC).plusDays(1));
        String product = path.administer(patient);

        signIn(TreatmentPath.CLINICIAN);
        page.navigate(url("/patients/" + patient.value()));
        page.locator("#procedures-tab").click();
        assertThat(page).hasURL(url("/patients/" + patient.value() + "/procedures"));
        assertThat(page.locator("#procedures-heading")).containsText("Ingrid Lindqvist");
        assertThat(page.locator("#no-procedures")).isVisible();

        page.getByLabel("Product injected").fill(product);
        page.getByLabel("Image guidance").selectOption(new SelectOption().setLabel("Ultrasound"));
        page.getByLabel("Site", new Page.GetByLabelOptions().setExact(true)).fill("knee joint");
        page.getByLabel("Volume (mL)").fill("4");
        page.getByLabel("Immediate complications").fill("None");
        page.getByLabel("Post-procedure instructions").fill("Partial weight bearing for 48 hours");
        page.locator("#record-procedure").click();

        assertThat(page.locator("#field-errors")).containsText("Side: Choose the side");
        assertThat(page.locator(".field.has-error")).hasCount(1);
        assertThat(page.locator(".field.has-error #siteLaterality-error")).containsText("Choose the side");
        assertThat(page.locator("#siteLaterality")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Site", new Page.GetByLabelOptions().setExact(true))).hasValue("knee joint");
        assertThat(page.getByLabel("Volume (mL)")).hasValue("4");
        assertThat(page.getByLabel("Post-procedure instructions")).hasValue("Partial weight bearing for 48 hours");
        assertThat(page.getByLabel("Product injected")).hasValue(product);
        assertThat(page.locator("#saved")).hasCount(0);
        screenshot("procedure-form-error");

        page.getByLabel("Side", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Left"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record")).click();
        assertThat(page.locator("#saved")).hasText("Procedure recorded for product " + product
                + ": left knee joint 4 mL, ultrasound.");
        assertThat(page.locator("#procedures tr[data-product='" + product + "']"))
                .containsText("Partial weight bearing for 48 hours");
        assertThat(page.locator("#field-errors")).hasCount(0);
        screenshot("procedure-saved");
    }
}
