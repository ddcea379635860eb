package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.shared.PatientId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Schedules hang on the treatment path (a baseline when the plan is approved, follow-ups when the procedure is
 * recorded), questionnaires are answered through the API (draft, submit once, late, out of range), and changing a
 * schedule's protocol loses nothing answered.
 */
@RecordApplicationEvents
class FollowupScheduleIT extends TreatedPatientIT {

    @Autowired
    ApplicationEvents events;

    static String api(PatientId p) {
        return "/api/patients/" + p.value() + "/follow-up";
    }

    ResultActions submit(String user, PatientId p, long task, String answers) throws Exception {
        return mvc.perform(post(api(p) + "/tasks/" + task + "/response").with(as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"answers\": " + answers + ", \"answeredOn\": \""
                        + clinicToday() + "\"}"));
    }

    long responsesOf(PatientId p) {
        return jdbc.sql("select count(*) from followup_response where patient_id = :p").param("p", p.value())
                .query(Long.class).single();
    }

    String nrsLinkId() {
        return InstrumentCatalog.load().instrument("nrs-11").questions().get(0).linkId();
    }

    @Test
    void anApprovedPlanGetsItsBaselineAndTheProcedureDatesTheFollowUps() throws Exception {
        PatientId p = planned();
        ScheduleView planned = schedule(p);
        assertThat(planned.instrumentSetId()).isEqualTo("knee-oa");
        assertThat(planned.templateId()).isEqualTo("default");
        assertThat(planned.note()).contains("default");
        assertThat(planned.activeTasks()).extracting(TaskView::instrumentId)
                .containsExactly("nrs-11", "koos-jr", "peg-3", "phq-9");
        assertThat(planned.activeTasks()).allSatisfy(t -> assertThat(t.state()).isEqualTo(TaskState.OPEN));
        submit(COORDINATOR, p, task(p, "baseline", "nrs-11").id(), "{\"" + nrsLinkId() + "\": 7}")
                .andExpect(status().isCreated());

        treat(p);
        ScheduleView treated = schedule(p);
        LocalDate today = clinicToday();
        assertThat(treated.procedureDate()).isEqualTo(today);
        assertThat(task(p, "baseline", "nrs-11").state()).isEqualTo(TaskState.COMPLETED);
        assertThat(task(p, "baseline", "koos-jr").state()).isEqualTo(TaskState.MISSED);
        assertThat(task(p, "3m", "koos-jr").dueOn()).isEqualTo(today.plusMonths(3));
        assertThat(task(p, "12m", "phq-9").state()).isEqualTo(TaskState.UPCOMING);
        assertThat(treated.activeTasks().stream().filter(t -> !t.baseline()).map(TaskView::timePointId).distinct())
                .containsExactly("1m", "3m", "6m", "12m", "24m");
        submit(COORDINATOR, p, task(p, "baseline", "koos-jr").id(), "{\"" + InstrumentCatalog.load()
                .instrument("koos-jr").questions().get(0).linkId() + "\": 1}")
                .andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("not be a baseline"));
        submit(COORDINATOR, p, task(p, "3m", "nrs-11").id(), "{\"" + nrsLinkId() + "\": 3}")
                .andExpect(status().isConflict());
    }

    @Test
    void aResponseIsScoredStoredAsAQuestionnaireResponseAndSubmittedOnlyOnce() throws Exception {
        PatientId p = planned();
        long task = task(p, "baseline", "nrs-11").id();
        submit(COORDINATOR, p, task, "{\"" + nrsLinkId() + "\": 7}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.scores[0].value").value(7.0))
                .andExpect(jsonPath("$.late").value(false))
                .andExpect(jsonPath("$.submittedByRole").value("COORDINATOR"));
        assertThat(events.stream(QuestionnaireCompleted.class)).anySatisfy(e -> {
            assertThat(e.patientId()).isEqualTo(p);
            assertThat(e.scores()).containsEntry("total", 7.0);
        });
        String resource = jdbc.sql("select resource from followup_response where task_id = :t").param("t", task)
                .query(String.class).single();
        assertThat(resource).contains("\"resourceType\":\"QuestionnaireResponse\"").contains("Patient/" + p.value());
        submit(COORDINATOR, p, task, "{\"" + nrsLinkId() + "\": 2}").andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("already submitted"));
        assertThat(responsesOf(p)).isEqualTo(1);
        mvc.perform(get(api(p) + "/tasks/" + task).with(as(CLINICIAN))).andExpect(status().isOk())
                .andExpect(jsonPath("$.answers." + nrsLinkId()).value(7));
    }

    @Test
    void theSubmittedResponseIsReturnedExactlyAsStored() {
        PatientId p = planned();
        long task = task(p, "baseline", "peg-3").id();
        StoredResponse returned = responses.submit(actor(COORDINATOR), p, task,
                java.util.Map.of("peg-1", 7, "peg-2", 6, "peg-3", 6), clinicToday());
        assertThat(returned.scores()).first().satisfies(s -> assertThat(s.value()).isEqualTo(6.333));
        assertThat(responses.responsesOf(p)).singleElement().isEqualTo(returned);
    }

    @Test
    void outOfRangeAnswersAreNamedAndNothingIsWritten() throws Exception {
        PatientId p = planned();
        long task = task(p, "baseline", "nrs-11").id();
        submit(COORDINATOR, p, task, "{\"" + nrsLinkId() + "\": 11}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors." + nrsLinkId()).exists());
        submit(COORDINATOR, p, task, "{\"no-such-question\": 1}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['no-such-question']").exists());
        submit(COORDINATOR, p, task, "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.answers").exists());
        assertThat(responsesOf(p)).isZero();
        assertThat(task(p, "baseline", "nrs-11").status()).isEqualTo(TaskStatus.PENDING);
    }

    @Test
    void partialAnswersAreSavedAndAStaleDraftIsRefused() throws Exception {
        PatientId p = planned();
        TaskView koos = task(p, "baseline", "koos-jr");
        String first = InstrumentCatalog.load().instrument("koos-jr").questions().get(0).linkId();
        mvc.perform(put(api(p) + "/tasks/" + koos.id() + "/draft").with(as(COORDINATOR)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"" + first + "\": 2}, \"version\": " + koos.version() + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.draftSavedAt").exists());
        mvc.perform(put(api(p) + "/tasks/" + koos.id() + "/draft").with(as(COORDINATOR)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"" + first + "\": 3}, \"version\": " + koos.version() + "}"))
                .andExpect(status().isConflict());
        mvc.perform(get(api(p) + "/tasks/" + koos.id()).with(as(COORDINATOR)))
                .andExpect(jsonPath("$.answers['" + first + "']").value(2));
    }

    @Test
    void anAnswerAfterTheWindowClosesIsAcceptedAndMarkedLate() throws Exception {
        PatientId p = treated();
        TaskView oneMonth = task(p, "1m", "nrs-11");
        LocalDate today = clinicToday();
        jdbc.sql("update followup_task set opens_on = :o, closes_on = :c where id = :id")
                .param("o", today.minusDays(40)).param("c", today.minusDays(1)).param("id", oneMonth.id()).update();
        assertThat(task(p, "1m", "nrs-11").state()).isEqualTo(TaskState.OVERDUE);
        submit(COORDINATOR, p, oneMonth.id(), "{\"" + nrsLinkId() + "\": 4}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.late").value(true));
        assertThat(task(p, "1m", "nrs-11").late()).isTrue();
    }

    @Test
    void changingTheProtocolKeepsEveryAnswerAndCancelsOnlyWhatIsUnanswered() throws Exception {
        PatientId p = planned();
        submit(COORDINATOR, p, task(p, "baseline", "nrs-11").id(), "{\"" + nrsLinkId() + "\": 6}")
                .andExpect(status().isCreated());
        TaskView koos = task(p, "baseline", "koos-jr");
        responses.saveDraft(actor(COORDINATOR), p, koos.id(), java.util.Map.of(InstrumentCatalog.load()
                .instrument("koos-jr").questions().get(0).linkId(), 1), koos.version());
        ScheduleView before = schedule(p);
        mvc.perform(post(api(p) + "/" + before.id() + "/regeneration").with(as(COORDINATOR)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"templateId\": \"ichom-low-back\", "
                                + "\"instrumentSetId\": \"hip-oa\", \"version\": " + before.version() + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.templateId").value("ichom-low-back"));
        ScheduleView after = schedule(p);
        assertThat(after.activeTasks()).extracting(TaskView::instrumentId)
                .containsExactlyInAnyOrder("nrs-11", "koos-jr", "hoos-jr", "phq-9");
        assertThat(task(p, "baseline", "nrs-11").state()).isEqualTo(TaskState.COMPLETED);
        assertThat(task(p, "baseline", "koos-jr").keptFromEarlierProtocol()).isTrue();
        assertThat(after.tasks()).filteredOn(t -> t.instrumentId().equals("peg-3"))
                .singleElement().satisfies(t -> assertThat(t.state()).isEqualTo(TaskState.CANCELLED));
        mvc.perform(post(api(p) + "/" + before.id() + "/regeneration").with(as(COORDINATOR)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"templateId\": \"default\", "
                                + "\"instrumentSetId\": \"knee-oa\", \"version\": " + before.version() + "}"))
                .andExpect(status().isConflict());
        mvc.perform(post(api(p) + "/" + before.id() + "/regeneration").with(as(COORDINATOR)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"templateId\": \"weekly\", "
                                + "\"instrumentSetId\": \"knee-oa\", \"version\": " + after.version() + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.templateId").exists());
    }

    @Test
    void aTaskOfAnotherPatientIsNotFoundUnderThisPatient() throws Exception {
        PatientId p = planned();
        PatientId other = planned();
        submit(COORDINATOR, p, task(other, "baseline", "nrs-11").id(), "{\"" + nrsLinkId() + "\": 5}")
                .andExpect(status().isNotFound());
        assertThat(responsesOf(other) + responsesOf(p)).isZero();
    }
}
