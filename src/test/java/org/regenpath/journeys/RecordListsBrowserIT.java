package org.regenpath.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regenpath.patient.PatientDetails;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.support.BrowserIT;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The patient list, the chart's history and the audit search fit a 1280 px window: no sideways scrolling, however
 * long a value in a row, and record types in words. The patient list filters by stage and condition from its lists.
 */
class RecordListsBrowserIT extends BrowserIT {

    private static final String CLINICIAN = WebIT.CLINICIAN;
    private static final String ADMIN = WebIT.ADMIN;

    @Autowired
    PatientRegistry registry;

    @Autowired
    JdbcClient jdbc;

    private void assertNoHorizontalScroll(String where) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("page wider than the window: " + where).isLessThanOrEqualTo(0);
        Object wide = page.evaluate("() => [...document.querySelectorAll('.table-wrap')]"
                + ".filter(w => w.scrollWidth > w.clientWidth + 1).length");
        assertThat(((Number) wide).intValue()).as("a table scrolls sideways: " + where).isZero();
    }

    @Test
    void patientListHistoryAndAuditSearchFitA1280PxWindow() {
        long clinic = jdbc.sql("select clinic_id from identity_user where email = :e").param("e", CLINICIAN)
                .query(Long.class).single();
        String family = "Widthcheck" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 3);
        PatientView patient = registry.register(Actor.system(new ClinicId(clinic)), new PatientDetails(
                "WC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), "Maximiliana-Josephina", family,
                LocalDate.of(1955, 5, 5), SexAtBirth.F, null, null, null));
        // A long unbroken value in the trail, as a refused request path can be.
        jdbc.sql("""
                insert into audit_event (occurred_at, username, role, clinic_id, patient_id, resource_type, resource_id,
                    action, outcome, detail)
                values (current_timestamp, 'clinician@demo-clinic.example', 'CLINICIAN', :c, :p, 'PlanConsent', :rid,
                    'READ', 'SUCCESS', :detail)""")
                .param("c", clinic).param("p", patient.id().value()).param("rid", "x".repeat(180))
                .param("detail", "plan=1 version=1 " + "y".repeat(400)).update();

        signIn(CLINICIAN);
        page.navigate(url("/patients?q=" + family));
        assertThat(page.locator("#patient-range")).containsText("1–1 of 1 patients");
        assertThat(page.locator("#patient-table")).containsText("Candidacy screening");
        assertNoHorizontalScroll("patient list");
        // Filter by where they stand, chosen from the list; the search stays.
        page.selectOption("#stage", "eligible");
        page.locator("form[role=search] button[type=submit]").click();
        assertThat(page.locator("#patient-results")).containsText("No patient matches");
        assertThat(page.url()).contains("stage=eligible").contains("q=" + family);
        page.selectOption("#stage", "registered");
        page.selectOption("#condition", "knee-oa");
        page.locator("form[role=search] button[type=submit]").click();
        assertThat(page.locator("#patient-results")).containsText("No patient matches");
        page.selectOption("#condition", "");
        page.locator("form[role=search] button[type=submit]").click();
        assertThat(page.locator("#patient-range")).containsText("1–1 of 1 patients");
        assertThat(page.locator("#stage option:checked")).hasText("Registered");
        screenshot("patient-list-by-stage");
        page.navigate(url("/patients?sort=stage"));
        assertThat(page.locator("#patient-table a[aria-current=true]"))
                .containsText("Where they stand");
        page.navigate(url("/patients"));
        assertNoHorizontalScroll("patient list, all");
        screenshot("patient-list");

        page.navigate(url("/patients/" + patient.id().value() + "/history"));
        assertThat(page.locator("#history")).containsText("Consent");
        assertThat(page.locator("#history")).not().containsText("PlanConsent");
        assertNoHorizontalScroll("history");
        screenshot("patient-history");

        context.clearCookies();
        signIn(ADMIN);
        page.navigate(url("/admin/audit?patientText=" + family));
        assertThat(page.locator("#audit-rows")).containsText(family + ", Maximiliana-Josephina · MRN");
        assertNoHorizontalScroll("audit search");
        screenshot("audit-search");
        page.navigate(url("/admin/audit?patientText=Nobody" + family));
        assertThat(page.locator("#audit-empty")).containsText("No audit entries match");
    }
}
