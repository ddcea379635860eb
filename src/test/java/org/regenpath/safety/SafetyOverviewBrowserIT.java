package org.regenpath.safety;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.regenpath.support.BrowserIT;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The clinic safety figures in Chromium on the demo clinic: the clinician opens them from the safety tabs and sees
 * Daniel Reyes's grade 1 swelling, found on his day-2 checklist, counted among the asked-for grade 1 events with its
 * n and 95 % interval, the reported and either-way columns beside it, and the procedures with no checklist answer.
 */
class SafetyOverviewBrowserIT extends BrowserIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoClinicsFiguresShowTheConfirmedGradeOneEventWithItsNumbersAndMethod() {
        long reyes = jdbc.sql("""
                select count(*) from safety_adverse_event e join patient p on p.id = e.patient_id
                where p.family_name = 'Reyes' and e.grade = 1""").query(Long.class).single();
        assertThat(reyes).as("the demo confirms Reyes's grade 1 event").isPositive();

        signIn(WebIT.CLINICIAN);
        page.locator("#safety-link").click();
        page.locator("#safety-tab-overview").click();
        assertThat(page.locator("h1")).hasText("Safety figures");
        assertThat(page.locator("#safety-tab-overview")).hasAttribute("aria-current", "page");

        Locator gradeOne = page.locator("#rates-grade tr[data-group='Grade 1']");
        Locator asked = gradeOne.locator("td[data-collection='SOLICITED']");
        assertThat(Integer.parseInt(asked.getAttribute("data-with-event"))).isPositive();
        assertThat(asked).containsText("per 100 (95 % interval");
        assertThat(asked).containsText(" of ");
        assertThat(gradeOne.locator("td[data-collection='PASSIVE']")).containsText("procedure");
        assertThat(gradeOne.locator("td[data-collection='EITHER']")).containsText("procedure");
        assertThat(page.locator("#rates-cell_source_and_product")).containsText("Bone marrow concentrate");
        assertThat(page.locator("#rates-seriousness")).containsText("Not serious");
        assertThat(page.locator("#unanswered")).containsText("not \"no event\"");
        assertThat(page.locator("#overview-summary")).containsText("(n)");
        assertThat(page.locator("#method")).containsText("doi:10.1080/01621459.1927.10502953");
        screenshot("safety-overview");
    }
}
