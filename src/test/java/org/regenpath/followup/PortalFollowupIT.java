package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.shared.PatientId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The patient portal's follow-up pages: what is due, answering on the phone (draft, submit once), reporting a
 * problem; and a patient never reaches another patient's questionnaire.
 */
@RecordApplicationEvents
class PortalFollowupIT extends TreatedPatientIT {

    @Autowired
    ApplicationEvents events;

    String nrs() {
        return InstrumentCatalog.load().instrument("nrs-11").questions().get(0).linkId();
    }

    @Test
    void thePatientSeesWhatIsDueAnswersItOnceAndItLeavesTheList() throws Exception {
        PatientId p = portalPatient();
        String home = mvc.perform(get("/portal").with(asPatient(p))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        TaskView nrsTask = task(p, "baseline", "nrs-11");
        assertThat(home).contains("data-instrument=\"koos-jr\"").contains("data-instrument=\"phq-9\"")
                .contains("/portal/questionnaires/" + nrsTask.id()).contains("Please answer before your treatment");

        assertThat(mvc.perform(get("/portal/questionnaires/" + nrsTask.id()).with(asPatient(p)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("name=\"q_" + nrs() + "\"").contains("Save and finish later");
        mvc.perform(post("/portal/questionnaires/" + nrsTask.id()).with(asPatient(p)).with(csrf())
                        .param("action", "submit").param("version", String.valueOf(nrsTask.version()))
                        .param("q_" + nrs(), "6"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select submitted_by_role from followup_response where task_id = :t")
                .param("t", nrsTask.id()).query(String.class).single()).isEqualTo("PATIENT");
        assertThat(mvc.perform(get("/portal").with(asPatient(p))).andReturn().getResponse().getContentAsString())
                .doesNotContain("data-task=\"" + nrsTask.id() + "\"").contains("You have answered 1 questionnaire.");
        String again = mvc.perform(post("/portal/questionnaires/" + nrsTask.id()).with(asPatient(p)).with(csrf())
                        .param("action", "submit").param("version", "0").param("q_" + nrs(), "2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("already submitted");
    }

    @Test
    void aPatientCannotOpenOrAnswerAnotherPatientsQuestionnaire() throws Exception {
        PatientId mine = portalPatient();
        PatientId theirs = planned();
        long task = task(theirs, "baseline", "nrs-11").id();
        long audit = lastAuditId();
        mvc.perform(get("/portal/questionnaires/" + task).with(asPatient(mine))).andExpect(status().isNotFound());
        mvc.perform(post("/portal/questionnaires/" + task).with(asPatient(mine)).with(csrf())
                .param("action", "submit").param("version", "0").param("q_" + nrs(), "3"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/patients/" + theirs.value() + "/follow-up").with(asPatient(mine)))
                .andExpect(status().isForbidden());
        assertThat(auditAfter(audit)).filteredOn(r -> "DENIED".equals(r.get("outcome"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select count(*) from followup_response where patient_id = :p")
                .param("p", theirs.value()).query(Long.class).single()).isZero();
        mvc.perform(get("/portal/questionnaires/" + task).with(as(COORDINATOR))).andExpect(status().isForbidden());
    }

    @Test
    void aReportedProblemIsStoredPublishedAndListedAndBadInputIsNamed() throws Exception {
        PatientId p = portalPatient();
        String bad = mvc.perform(post("/portal/problems").with(asPatient(p)).with(csrf())
                        .param("description", " ").param("startedOn", "2999-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("data-field=\"description\"").contains("data-field=\"severity\"");
        mvc.perform(post("/portal/problems").with(asPatient(p)).with(csrf())
                        .param("description", "My knee is swollen and warm since yesterday").param("severity", "MODERATE"))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(ProblemReported.class)).anySatisfy(e -> {
            assertThat(e.patientId()).isEqualTo(p);
            assertThat(e.severity()).isEqualTo(ProblemSeverity.MODERATE);
        });
        assertThat(mvc.perform(get("/portal/problems").with(asPatient(p))).andReturn().getResponse()
                .getContentAsString()).contains("My knee is swollen and warm since yesterday").contains("Moderate");
        assertThat(jdbc.sql("select count(*) from followup_problem_report where patient_id = :p")
                .param("p", p.value()).query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.perform(get("/patients/" + p.value() + "/follow-up").with(as(COORDINATOR))).andReturn()
                .getResponse().getContentAsString()).contains("id=\"problem-reports\"")
                .contains("My knee is swollen and warm since yesterday").contains("Patient (portal)");
        assertThat(mvc.perform(get("/api/patients/" + p.value() + "/problem-reports").with(as(CLINICIAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("\"severity\":\"MODERATE\"");
    }
}
