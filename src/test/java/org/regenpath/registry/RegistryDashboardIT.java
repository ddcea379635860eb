package org.regenpath.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.identity.Clinics;
import org.regenpath.identity.UserAccounts;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The registry dashboard's figures on the hand-made cohort of {@link RegistryFixture}: the three denominators side
 * by side at each time point with their n, interval and the share missing; the filters; the empty state; a small
 * sample marked; each clinic sees its own patients only; every look audited with its n.
 */
class RegistryDashboardIT extends WebIT {

    @Autowired
    Clinics clinics;

    @Autowired
    UserAccounts users;

    @Autowired
    RegistryStore store;

    RegistryFixture.Made fixture;

    @BeforeEach
    void makeClinic() {
        fixture = RegistryFixture.make(clinics, users, store, DEMO_PASSWORD);
    }

    @Test
    void theThreeDenominatorsStandSideBySideWithTheirNIntervalAndMissingShare() throws Exception {
        String page = page(fixture.researcher(), "/registry?condition=knee-oa");
        assertThat(page).contains("n = 12").contains("Knee osteoarthritis");

        String oneMonth = row(page, "pain-30-percent", "1m");
        assertThat(cell(oneMonth, "due")).contains(">12<");
        assertThat(cell(oneMonth, "missing")).contains("3 of 12").contains("25 %").contains(interval(3, 12));
        assertThat(figure(oneMonth, "completers")).contains("6 of 9").contains("67 %").contains(interval(6, 9))
                .contains("small sample");
        assertThat(figure(oneMonth, "missing-as-non-responder")).contains("6 of 12").contains("50 %")
                .contains(interval(6, 12)).doesNotContain("small sample");
        assertThat(figure(oneMonth, "last-observation-carried-forward")).contains("6 of 12").contains("50 %");

        String threeMonths = row(page, "pain-30-percent", "3m");
        assertThat(cell(threeMonths, "missing")).contains("9 of 12").contains("75 %");
        assertThat(figure(threeMonths, "completers")).contains("3 of 3").contains("100 %").contains("small sample");
        assertThat(figure(threeMonths, "missing-as-non-responder")).contains("3 of 12").contains("25 %");
        assertThat(figure(threeMonths, "last-observation-carried-forward")).contains("6 of 12").contains("50 %");

        String sixMonths = row(page, "pain-30-percent", "6m");
        assertThat(cell(sixMonths, "due")).contains(">0<");
        assertThat(sixMonths).contains("No patient due yet.").doesNotContain("data-denominator");

        String fiftyAtOne = row(page, "pain-50-percent", "1m");
        assertThat(figure(fiftyAtOne, "completers")).as("4 of 8 is exactly 50 %: reached").contains("6 of 9");
        assertThat(page).contains("id=\"table-primary-mcid\"").contains("Wilson").contains("10.1093/biomet/26.4.404")
                .contains("10.1016/j.jpain.2007.09.005").contains("10.1080/01621459.1927.10502953");
    }

    @Test
    void theFiltersNarrowTheCohortAndTheTimePoint() throws Exception {
        assertThat(page(fixture.clinician(), "/registry")).contains("n = 13");
        String hip = page(fixture.clinician(), "/registry?condition=hip-oa&productType=MICROFRAGMENTED_ADIPOSE");
        assertThat(hip).contains("n = 1").contains("small sample");
        assertThat(figure(row(hip, "pain-30-percent", "1m"), "completers")).contains("0 of 1");

        String three = page(fixture.clinician(),
                "/registry?cellSource=AUTOLOGOUS_BONE_MARROW&timePoint=3m&interval=clopper-pearson");
        assertThat(three).contains("n = 12").contains("data-time-point=\"3m\"").doesNotContain("data-time-point=\"1m\"");
        assertThat(figure(row(three, "pain-30-percent", "3m"), "missing-as-non-responder"))
                .contains(interval(3, 12, ResponderRates.Interval.CLOPPER_PEARSON));
        assertThat(three).contains("<option value=\"3m\" selected=\"selected\">3 months</option>");
    }

    @Test
    void noMatchingPatientsSayWhatIsMissing() throws Exception {
        String none = page(fixture.researcher(), "/registry?cellSource=ALLOGENEIC_PLACENTAL");
        assertThat(none).contains("No treated patients match").contains("n = 0")
                .contains("Allogeneic placental tissue").contains("count all treated patients")
                .doesNotContain("id=\"table-pain-30-percent\"");
    }

    @Test
    void patientsTreatedTooRecentlyToCountSaySo() throws Exception {
        long id = 900_000_000_000L + (System.nanoTime() % 1_000_000_000L);
        store.saveTreatment(new RegistryTreatment(id, fixture.clinic(), org.regenpath.shared.PatientId.of(id), id,
                "RF-recent-" + id, java.time.Instant.now(), org.regenpath.shared.CellSource.AUTOLOGOUS_ADIPOSE,
                org.regenpath.shared.ProductType.ADIPOSE_SVF_ENZYMATIC, "shoulder-oa"));
        String recent = page(fixture.researcher(), "/registry?condition=shoulder-oa");
        assertThat(recent).contains("n = 1").contains("Nothing to count yet")
                .contains("None of the 1 treated patient has reached the 1-month time point yet")
                .doesNotContain("id=\"table-pain-30-percent\"");
    }

    @Test
    void eachClinicSeesItsOwnPatientsOnlyAndEveryLookIsAudited() throws Exception {
        long mark = lastAuditId();
        assertThat(page(fixture.researcher(), "/registry")).contains("n = 13");
        long demoTreated = store.treatments(account(CLINICIAN).clinicId()).stream()
                .map(RegistryTreatment::patientId).distinct().count();
        assertThat(page(CLINICIAN, "/registry")).contains("n = " + demoTreated + "</strong>");
        assertThat(page(OTHER_CLINICIAN, "/registry")).doesNotContain("n = 13</strong>");

        List<Map<String, Object>> audit = auditAfter(mark);
        assertThat(audit).anySatisfy(row -> assertThat(row.toString()).contains("SEARCH").contains("SUCCESS")
                .contains("n=13"));
        assertThat(audit).filteredOn(row -> row.toString().contains("registry")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aBadFilterIsRefusedNamingItsField() throws Exception {
        String bad = mvc.perform(get("/registry?timePoint=7y").with(as(fixture.researcher()))).andReturn()
                .getResponse().getContentAsString();
        assertThat(bad).contains("Unknown time point");
        int status = mvc.perform(get("/registry?condition=unicorn").with(as(fixture.researcher()))).andReturn()
                .getResponse().getStatus();
        assertThat(status).isEqualTo(400);
    }

    private String page(String email, String url) throws Exception {
        var response = mvc.perform(get(url).with(as(email))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    private static String row(String page, String measure, String timePoint) {
        int table = page.indexOf("id=\"table-" + measure + "\"");
        assertThat(table).as("table " + measure).isNotNegative();
        int start = page.indexOf("data-time-point=\"" + timePoint + "\"", table);
        assertThat(start).as(measure + " " + timePoint).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static String cell(String row, String cls) {
        Matcher m = Pattern.compile("<td class=\"" + cls + "\">(.*?)</td>", Pattern.DOTALL).matcher(row);
        assertThat(m.find()).as(cls).isTrue();
        return m.group(1);
    }

    private static String figure(String row, String denominator) {
        Matcher m = Pattern.compile("data-denominator=\"" + denominator + "\">(.*?)</td>", Pattern.DOTALL)
                .matcher(row);
        assertThat(m.find()).as(denominator).isTrue();
        return m.group(1);
    }

    private static String interval(int count, int of) {
        return interval(count, of, ResponderRates.Interval.WILSON);
    }

    private static String interval(int count, int of, ResponderRates.Interval method) {
        Rate r = Rate.of(count, of, method);
        return String.format(java.util.Locale.ROOT, "%.1f–%.1f %%", r.lower() * 100, r.upper() * 100);
    }
}
