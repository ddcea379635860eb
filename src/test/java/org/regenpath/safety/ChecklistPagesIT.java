package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.shared.PatientId;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The patient answers a checklist in the portal, the care team enters one given by phone, the API answers and
 * refuses as the pages do: every item must be answered, a "yes" needs a severity (the message names the item),
 * another patient's checklist is not found, a second answer is refused with 409; nothing is half-written.
 */
class ChecklistPagesIT extends ChecklistIT {

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String body) {
        for (String pair : body.split("&")) {
            request.param(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return request;
    }

    private Map<String, Object> stored(long checklist) {
        return jdbc.sql("select * from safety_checklist where id = :id").param("id", checklist).query()
                .singleRow();
    }

    private long answerRows(long checklist) {
        return jdbc.sql("select count(*) from safety_checklist_answer where checklist_id = :id")
                .param("id", checklist).query(Long.class).single();
    }

    @Test
    void thePatientAnswersInThePortalAfterBeingToldWhatIsMissing() throws Exception {
        PatientId p = treatedInPortal().patientId();
        ChecklistView day2 = checklists.get(actor(COORDINATOR), p, ids(p).get(0));
        String url = "/portal/checklists/" + day2.id();

        MockHttpServletResponse page = perform(get(url).with(asPatient(p)));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Day 2 after your treatment",
                "Is the injected joint or area more swollen than it was before the injection?",
                "Is the place where the cells were taken from you painful?", "Very severe");

        String incomplete = form(day2, "injection-swelling", ProblemSeverity.MILD)
                .replace("&severity_injection-swelling=MILD", "").replace("item_fever=no&", "");
        MockHttpServletResponse refused = perform(form(post(url).with(asPatient(p)), incomplete));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("data-field=\"injection-swelling\"",
                "Choose how bad it is.", "data-field=\"fever\"", "Answer yes or no.");
        assertThat(stored(day2.id())).containsEntry("state", "UNANSWERED");
        assertThat(answerRows(day2.id())).isZero();

        MockHttpServletResponse sent = perform(form(post(url).with(asPatient(p)),
                form(day2, "injection-swelling", ProblemSeverity.MILD)));
        assertThat(sent.getRedirectedUrl()).isEqualTo("/portal");
        assertThat(stored(day2.id())).containsEntry("state", "ANSWERED").containsEntry("answered_how", "PORTAL")
                .containsEntry("answered_by_role", "Patient");
        assertThat(answerRows(day2.id())).isEqualTo(day2.items().size());
        assertThat(perform(get(url).with(asPatient(p))).getContentAsString())
                .contains("Answered by the patient in the portal", "Yes, mild");
    }

    @Test
    void theCoordinatorEntersWhatThePatientSaidOnThePhone() throws Exception {
        PatientId p = treated().patientId();
        ChecklistView day7 = checklists.get(actor(CLINICIAN), p, ids(p).get(1));
        String url = "/patients/" + p.value() + "/checklists/" + day7.id();

        assertThat(perform(get(url).with(as(COORDINATOR))).getContentAsString())
                .contains("Not answered yet", "Checklist, day 7 after the procedure");
        MockHttpServletResponse sent = perform(form(post(url).with(as(COORDINATOR)), form(day7, "fever",
                ProblemSeverity.MODERATE)));
        assertThat(sent.getRedirectedUrl()).isEqualTo(url);

        String coordinator = jdbc.sql("select display_name from identity_user where email = :e")
                .param("e", COORDINATOR).query(String.class).single();
        assertThat(stored(day7.id())).containsEntry("answered_how", "PHONE")
                .containsEntry("answered_by_role", "Coordinator").containsEntry("answered_by", coordinator);
        assertThat(perform(get(url).with(as(CLINICIAN))).getContentAsString())
                .contains("Told by phone, entered by the care team", coordinator,
                        "Yes, moderate")
                .doesNotContain("Not answered yet");
    }

    @Test
    void theApiNamesTheItemRefusesASecondAnswerAndAnotherPatientsChecklist() throws Exception {
        PatientId p = treated().patientId();
        PatientId someoneElse = treated().patientId();
        ChecklistView day2 = checklists.get(actor(CLINICIAN), p, ids(p).get(0));
        String url = "/api/patients/" + p.value() + "/checklists/" + day2.id() + "/answer";
        String noSeverity = json(day2, "injection-pain", ProblemSeverity.MILD).replace(",\"severity\":\"MILD\"", "");

        MockHttpServletResponse invalid = perform(post(url).with(as(CLINICIAN))
                .contentType(MediaType.APPLICATION_JSON).content(noSeverity));
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(invalid.getContentAsString()).contains("/problems/invalid-input", "injection-pain",
                "Choose how bad it is.");
        assertThat(answerRows(day2.id())).isZero();

        MockHttpServletResponse ok = perform(post(url).with(as(CLINICIAN)).contentType(MediaType.APPLICATION_JSON)
                .content(json(day2, null, null)));
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentAsString()).contains("\"status\":\"ANSWERED\"", "\"channel\":\"PHONE\"",
                "\"yes\":false");

        MockHttpServletResponse again = perform(post(url).with(as(CLINICIAN)).contentType(MediaType.APPLICATION_JSON)
                .content(json(day2, "fever", ProblemSeverity.SEVERE)));
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains("/problems/conflict", "answered already");
        assertThat(checklists.get(actor(CLINICIAN), p, day2.id()).anyYes()).as("the first answer stands").isFalse();

        assertRefusedAndAudited("another patient's checklist", post("/api/patients/" + someoneElse.value()
                        + "/checklists/" + day2.id() + "/answer").with(as(CLINICIAN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json(day2, null, null)), 404, someoneElse.value(),
                () -> answerRows(day2.id()));
    }

    @Test
    void theOpenApiDocumentDescribesTheChecklistApi() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();

        assertThat(doc).contains("\"/api/patients/{patientId}/checklists\"",
                "\"/api/patients/{patientId}/checklists/{checklistId}\"",
                "\"/api/patients/{patientId}/checklists/{checklistId}/answer\"", "ChecklistAnswers",
                "ChecklistResponse");
    }

    @Test
    void anUnansweredChecklistShowsAsUnansweredNotAsNo() throws Exception {
        PatientId p = treated().patientId();
        long day2 = ids(p).get(0);

        String body = perform(get("/api/patients/" + p.value() + "/checklists/" + day2).with(as(COORDINATOR)))
                .getContentAsString();
        assertThat(body).contains("\"answered\":null", "\"yes\":null", "\"status\":\"UPCOMING\"")
                .doesNotContain("\"yes\":false");
    }

    @Test
    void anAnsweredChecklistCannotBeChangedOrDeletedInTheDatabase() {
        PatientId p = treated().patientId();
        ChecklistView day2 = checklists.get(actor(CLINICIAN), p, ids(p).get(0));
        checklists.answer(actor(CLINICIAN), p, day2.id(), answers(day2, null, null));

        for (String sql : new String[] {
                "update safety_checklist set answered_how = 'PORTAL' where id = " + day2.id(),
                "delete from safety_checklist where id = " + ids(p).get(2),
                "update safety_checklist_answer set answer_yes = true, severity = 'MILD' where checklist_id = "
                        + day2.id(),
                "delete from safety_checklist_answer where checklist_id = " + day2.id()}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> owner().sql(sql).update()).as(sql)
                    .hasStackTraceContaining("not allowed");
        }
        assertThat(stored(day2.id())).containsEntry("answered_how", "PHONE");
        assertThat(answerRows(day2.id())).isEqualTo(day2.items().size());
    }
}
