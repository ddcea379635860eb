package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.PatientId;
import org.regenpath.support.ProductText;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The progress report PDF: the care team downloads it from the Follow-up tab and the patient from the portal; it
 * names the patient and the treatment and states, per instrument, the same numbers as the follow-up pages, the MCID
 * in plain words with its source, what was not answered and the caveat about one patient's change.
 */
class ProgressReportIT extends TreatedPatientIT {

    @Autowired
    FollowupTrajectories trajectories;

    @Autowired
    org.regenpath.patient.PatientRegistry patients;

    static final LocalDate TODAY = LocalDate.now(org.regenpath.support.WebIT.DEMO_ZONE);

    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    String reportText(String url, org.springframework.test.web.servlet.request.RequestPostProcessor who)
            throws Exception {
        byte[] pdf = mvc.perform(get(url).with(who)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        return flat(ProductText.pdfText(pdf));
    }

    @Test
    void theReportStatesTheNumbersOfTheFollowUpPagesWithTheMcidInPlainWords() throws Exception {
        PatientId p = path().planned("Progressa", "Ruth", TODAY.plusDays(1));
        path().answerPain(p, "baseline", 8);
        path().treat(p);
        path().window(p, "1m", TODAY.minusDays(10), TODAY.plusDays(5));
        path().answerPain(p, "1m", 4);
        path().window(p, "3m", TODAY.minusDays(40), TODAY.minusDays(2));
        PatientView patient = patients.get(actor(CLINICIAN), p);

        long audit = lastAuditId();
        String text = reportText("/patients/" + p.value() + "/follow-up/progress-report.pdf", as(COORDINATOR));
        assertThat(auditAfter(audit)).anySatisfy(r -> {
            assertThat(r.get("resource_type")).isEqualTo(ProgressReports.RESOURCE);
            assertThat(r.get("action")).isEqualTo("PRINT");
            assertThat(((Number) r.get("patient_id")).longValue()).isEqualTo(p.value());
        });

        InstrumentTrajectory nrs = FollowupViewsIT.instrument(trajectories.trajectories(actor(CLINICIAN), p),
                "nrs-11");
        assertThat(text).contains("PROGRESSA, Ruth", patient.mrn(), "left knee joint", "Bone marrow concentrate");
        assertThat(text).contains(nrs.name(), flat(ProgressPdf.mcidSentence(nrs)), flat(nrs.summary()),
                "Not answered: 3 months", flat(ProgressPdf.CAVEAT));
        assertThat(ProgressPdf.mcidSentence(nrs)).contains("smallest change patients notice")
                .contains(nrs.mcid().source());
        assertThat(text).contains("The shaded band runs from the score before treatment (" + nrs.baselineText()
                + ") to " + nrs.thresholdText());
        assertThat(FollowupViewsIT.at(nrs, "1m").scoreText()).isEqualTo("4");
        assertThat(text).contains(" 4 " + flat(FollowupViewsIT.at(nrs, "1m").verdict()));
        assertThat(ProductText.scan("progress report", text)).isEmpty();
    }

    @Test
    void thePatientDownloadsTheirOwnFromThePortalAndStaffCannotUseThePortalAddress() throws Exception {
        PatientId p = portalPatient();
        path().answerPain(p, "baseline", 6);
        String page = mvc.perform(get("/portal/progress").with(asPatient(p))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("/portal/progress/report.pdf");
        PatientView patient = patients.get(actor(CLINICIAN), p);
        String text = reportText("/portal/progress/report.pdf", asPatient(p));
        assertThat(text).contains(patient.mrn()).contains("No procedure is recorded yet.");
        mvc.perform(get("/portal/progress/report.pdf").with(as(CLINICIAN))).andExpect(status().isForbidden());
    }
}
