package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.shared.PatientId;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A questionnaire answered on paper and entered days later counts on the day it was answered (its window, its
 * trajectory point), keeps when and by whom it was entered, and says both on the page and in the audit trail; the
 * day answered is required from staff, never in the future and never before the procedure it follows.
 */
class AnsweredOnIT extends TreatedPatientIT {

    static final LocalDate TODAY = LocalDate.now(DEMO_ZONE);

    /** A patient treated 30 days ago whose one-month window closed yesterday. */
    PatientId treatedAMonthAgo() {
        PatientId p = treated();
        jdbc.sql("update followup_schedule set procedure_date = :d where patient_id = :p")
                .param("d", TODAY.minusDays(30)).param("p", p.value()).update();
        path().window(p, "1m", TODAY.minusDays(10), TODAY.minusDays(1));
        return p;
    }

    ResultActions enter(PatientId p, TaskView task, String answeredOn) throws Exception {
        String linkId = InstrumentCatalog.load().instrument(task.instrumentId()).questions().get(0).linkId();
        String day = answeredOn == null ? "" : ", \"answeredOn\": " + answeredOn;
        return mvc.perform(post("/api/patients/" + p.value() + "/follow-up/tasks/" + task.id() + "/response")
                .with(as(COORDINATOR)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\": {\"" + linkId + "\": 3}" + day + "}"));
    }

    static String quoted(LocalDate day) {
        return "\"" + day + "\"";
    }

    @Test
    void anEntryAnsweredTwoDaysEarlierLandsInTheWindowOfThatDay() throws Exception {
        PatientId p = treatedAMonthAgo();
        LocalDate answered = TODAY.minusDays(2);
        enter(p, task(p, "1m", "nrs-11"), quoted(answered)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.answeredOn").value(answered.toString()))
                .andExpect(jsonPath("$.late").value(false));
        TaskView nrs = task(p, "1m", "nrs-11");
        assertThat(nrs.answeredOn()).isEqualTo(answered);
        assertThat(nrs.late()).isFalse();
        assertThat(LocalDate.ofInstant(nrs.submittedAt(), DEMO_ZONE)).isEqualTo(TODAY);
        assertThat(nrs.enteredLater(DEMO_ZONE)).isTrue();

        // The same window, answered today: after it closed, so late.
        enter(p, task(p, "1m", "peg-3"), quoted(TODAY)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.late").value(true));

        mvc.perform(get("/api/patients/" + p.value() + "/follow-up/trajectory").with(as(CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].instruments[?(@.instrumentId == 'nrs-11')].points[1].answeredOn")
                        .value(answered.toString()));

        String detail = jdbc.sql("select detail from audit_event where patient_id = :p and resource_type ="
                        + " 'QuestionnaireResponse' and action = 'CREATE' order by id").param("p", p.value())
                .query(String.class).list().get(0);
        assertThat(detail).contains("answered=" + answered).contains("entered-by-staff");

        String page = mvc.perform(get("/patients/" + p.value() + "/follow-up/tasks/" + nrs.id()).with(as(CLINICIAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        DateTimeFormatter shown = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
        assertThat(page).contains("Answered " + shown.format(answered) + " on paper or by phone · entered "
                + shown.format(TODAY) + " by ");
        String chart = mvc.perform(get("/patients/" + p.value() + "/follow-up").with(as(CLINICIAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(chart).contains("Answered " + shown.format(answered)).contains("entered " + shown.format(TODAY));
    }

    @Test
    void theDayAnsweredIsRequiredFromStaffNeverInTheFutureNorBeforeTheProcedure() throws Exception {
        PatientId p = treatedAMonthAgo();
        TaskView nrs = task(p, "1m", "nrs-11");
        refused(enter(p, nrs, null), "Enter the day the patient answered");
        refused(enter(p, nrs, quoted(TODAY.plusDays(1))), "cannot be in the future");
        refused(enter(p, nrs, quoted(TODAY.minusDays(31))), "before the procedure");
        refused(enter(p, nrs, "\"last Monday\""), "answeredOn");
        assertThat(task(p, "1m", "nrs-11").status()).isEqualTo(TaskStatus.PENDING);

        // Before the window opened (but after the procedure) is allowed, and shown.
        enter(p, nrs, quoted(TODAY.minusDays(20))).andExpect(status().isCreated());
        assertThat(task(p, "1m", "nrs-11").answeredBeforeWindow()).isTrue();
    }

    private static void refused(ResultActions result, String message) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("answeredOn")
                        .contains(message));
    }
}
