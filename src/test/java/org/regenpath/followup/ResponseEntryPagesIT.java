package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.shared.PatientId;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The care team's questionnaire entry page: draft, the unanswered-question check, submit once. */
class ResponseEntryPagesIT extends TreatedPatientIT {

    String page(PatientId p, long task) throws Exception {
        return mvc.perform(get("/patients/" + p.value() + "/follow-up/tasks/" + task).with(as(COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    MockHttpServletRequestBuilder form(PatientId p, TaskView task, String action) {
        return post("/patients/" + p.value() + "/follow-up/tasks/" + task.id()).with(as(COORDINATOR)).with(csrf())
                .param("action", action).param("version", String.valueOf(task.version()))
                .param("answeredOn", clinicToday().toString());
    }

    @Test
    void aDraftIsKeptUnansweredQuestionsAreConfirmedAndTheResponseIsSubmittedOnce() throws Exception {
        PatientId p = planned();
        TaskView koos = task(p, "baseline", "koos-jr");
        Instrument instrument = InstrumentCatalog.load().instrument("koos-jr");
        String first = instrument.questions().get(0).linkId();
        String second = instrument.questions().get(1).linkId();
        String shown = page(p, koos.id());
        assertThat(shown).contains("id=\"questionnaire\"").contains("name=\"q_" + first + "\"")
                .doesNotContain("patient #").containsPattern("id=\"entry-patient\">[^<]+, [^<]+ · MRN [^<]+<");

        mvc.perform(form(p, koos, "save").param("q_" + first, "2")).andExpect(status().is3xxRedirection());
        assertThat(page(p, koos.id())).contains("id=\"draft-notice\"");

        TaskView saved = task(p, "baseline", "koos-jr");
        String confirm = mvc.perform(form(p, saved, "submit").param("q_" + first, "2").param("q_" + second, "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("id=\"unanswered-notice\"").contains("You left 5 questions unanswered")
                .contains("value=\"confirm\"");
        assertThat(task(p, "baseline", "koos-jr").status()).isEqualTo(TaskStatus.PENDING);

        mvc.perform(form(p, saved, "confirm").param("q_" + first, "2").param("q_" + second, "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(task(p, "baseline", "koos-jr").status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(page(p, koos.id())).contains("id=\"submitted-notice\"").doesNotContain("id=\"submit\"");

        String again = mvc.perform(form(p, saved, "confirm").param("q_" + first, "4"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("id=\"conflict\"").contains("already submitted");
    }

    @Test
    void anAnswerOutsideTheScaleIsMarkedOnItsQuestionAndNothingIsSaved() throws Exception {
        PatientId p = planned();
        TaskView nrs = task(p, "baseline", "nrs-11");
        String linkId = InstrumentCatalog.load().instrument("nrs-11").questions().get(0).linkId();
        String html = mvc.perform(form(p, nrs, "submit").param("q_" + linkId, "12"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"form-errors\"").contains("class=\"question has-error\"");
        html = mvc.perform(form(p, nrs, "save").param("q_" + linkId, "seven"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Choose one of the answers shown.");
        assertThat(task(p, "baseline", "nrs-11").draftSavedAt()).isNull();
        assertThat(task(p, "baseline", "nrs-11").status()).isEqualTo(TaskStatus.PENDING);
    }
}
