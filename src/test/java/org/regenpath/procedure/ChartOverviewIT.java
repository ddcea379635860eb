package org.regenpath.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.ProblemReports;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.intake.Outcome;
import org.regenpath.patient.ChartFact;
import org.regenpath.patient.ChartOverview;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.PatientId;
import org.regenpath.support.ClinicalFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

/**
 * The chart's Overview tab and the printable summary say where the patient stands, composed from the modules that
 * own each fact (decision 0027). It lives beside the procedure tests because their fixture walks the whole path
 * from screening to the injection.
 */
class ChartOverviewIT extends AdministeredProducts {

    @Autowired
    Procedures procedures;

    @Autowired
    ProblemReports problems;

    @Autowired
    ChartOverview overview;

    static String day(LocalDate d) {
        return ChartFact.day(d);
    }

    Map<String, String> facts(PatientId patient) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        overview.overview(actor(CLINICIAN), patient).facts().forEach(f -> out.put(f.key(), f.text()));
        return out;
    }

    String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aTreatedPatientsOverviewSaysScreenedPlannedTreatedNextFollowUpAndReports() throws Exception {
        LocalDate today = LocalDate.now(org.regenpath.support.WebIT.DEMO_ZONE);
        Treated t = treated(true, today);
        procedures.record(actor(CLINICIAN), t.patient(), new ProcedureInput(t.product(), null,
                ImageGuidance.ULTRASOUND, List.of(new ProcedureInput.SiteInput("knee joint", Laterality.LEFT,
                        new BigDecimal("4.0"), null)), "None", "Rest for 48 hours"));
        problems.report(actor(COORDINATOR), t.patient(), new ProblemReports.ProblemInput("Knee swollen since"
                + " yesterday", today, ProblemSeverity.MODERATE));
        // The schedule is dated from the procedure after it commits: wait until the next one due is no baseline.
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            String next = facts(t.patient()).get("next-follow-up");
            return next.contains("window") && !next.contains("the procedure day");
        });

        Map<String, String> facts = facts(t.patient());
        assertThat(facts.keySet()).containsExactly("screened", "candidacy", "plan", "treated", "next-follow-up",
                "problem-reports");
        assertThat(facts.get("screened")).isEqualTo("ELIGIBLE, " + day(today));
        assertThat(facts.get("candidacy")).startsWith("ELIGIBLE, " + day(today) + " by ");
        assertThat(facts.get("plan")).startsWith("Approved " + day(today) + " (version 1): Bone marrow concentrate,"
                + " injection planned for " + day(today));
        assertThat(facts.get("treated")).isEqualTo(day(today) + ", left knee joint");
        assertThat(facts.get("next-follow-up")).contains(" at ").contains(", due ").contains(String.valueOf(
                today.getYear()));
        assertThat(facts.get("problem-reports")).isEqualTo("1 report; the latest " + day(today) + " (Moderate)");

        String chart = page("/patients/" + t.patient().value(), CLINICIAN);
        String summary = page("/patients/" + t.patient().value() + "/summary", COORDINATOR);
        for (String text : facts.values()) {
            assertThat(chart).contains(HtmlUtils.htmlEscape(text));
            assertThat(summary).contains(HtmlUtils.htmlEscape(text));
        }
        assertThat(chart).contains("id=\"chart-summary-link\"");
        assertThat(summary).contains("Chart summary").contains("MRN ");
    }

    @Test
    void aNewPatientsOverviewSaysNothingIsRecordedYetAndAWithdrawnConsentIsFlagged() throws Exception {
        ClinicalFixtures.Candidate fresh = ClinicalFixtures.candidate(registry, profiles, screening,
                account(CLINICIAN).clinicId(), uniqueMrn(), null);
        assertThat(facts(fresh.patient())).containsEntry("candidacy", "None recorded").containsEntry("plan", "None")
                .containsEntry("treated", "Not yet").containsEntry("problem-reports", "None");

        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        long plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), c);
        consents.withdraw(actor(COORDINATOR), c.patient(), plan, 1, "Changed their mind");
        assertThat(facts(c.patient()).get("consent-withdrawn")).contains("treatment plan " + plan)
                .contains("Changed their mind");
        assertThat(page("/patients/" + c.patient().value(), CLINICIAN)).contains("id=\"fact-consent-withdrawn\"");
    }

    @Test
    void theSummaryIsAuditedAsAReadAndRefusedToTheLabAndAnotherClinic() throws Exception {
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        Instant before = Instant.now().minusSeconds(1);
        page("/patients/" + c.patient().value() + "/summary", CLINICIAN);
        assertThat(auditSince(before)).anySatisfy(row -> {
            assertThat(row.get("resource_type")).isEqualTo("ChartSummary");
            assertThat(row.get("action")).isEqualTo("READ");
            assertThat(row.get("outcome")).isEqualTo("SUCCESS");
        });
        mvc.perform(get("/patients/" + c.patient().value() + "/summary").with(as(LAB)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/patients/" + c.patient().value() + "/summary").with(as(OTHER_CLINICIAN)))
                .andExpect(status().isNotFound());
    }
}
