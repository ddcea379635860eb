package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenpath.instrument.Fixtures;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.InstrumentItem;
import org.regenpath.shared.PatientId;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The follow-up API takes answers as whole-number codes only. For every question of every instrument in the
 * catalog, a fraction ({@code 2.5} was stored as 2), a number sent as a string, and a code outside the question's
 * scale are each refused with 400 naming the question, on submit and on saving a draft, and nothing is stored.
 */
class AnswerTypesIT extends TreatedPatientIT {

    @Test
    void refusesFractionsStringsAndCodesOutsideTheScaleForEveryQuestionOfEveryInstrument() throws Exception {
        PatientId patient = planned();
        TaskView task = task(patient, "baseline", "nrs-11");
        String base = "/api/patients/" + patient.value() + "/follow-up/tasks/" + task.id();
        long stored = responsesOf(patient);
        int checked = 0;
        for (Instrument instrument : Fixtures.CATALOG.instruments()) {
            for (InstrumentItem q : instrument.questions()) {
                String half = (q.minOrdinal() + 0.5) + "";
                for (String bad : List.of(half, "\"" + q.minOrdinal() + "\"", "true")) {
                    String body = "{\"answers\": {\"" + q.linkId() + "\": " + bad + "}, \"version\": "
                            + task.version() + "}";
                    refused(post(base + "/response"), body, "answers." + q.linkId(), instrument.id());
                    refused(put(base + "/draft"), body, "answers." + q.linkId(), instrument.id());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        // Codes outside the scale are judged against the task's own instrument.
        for (InstrumentItem q : Fixtures.CATALOG.instrument("nrs-11").questions()) {
            for (int outside : new int[] {q.minOrdinal() - 1, q.maxOrdinal() + 1}) {
                refused(post(base + "/response"), "{\"answers\": {\"" + q.linkId() + "\": " + outside + "}}",
                        q.linkId(), "nrs-11");
            }
        }
        assertThat(responsesOf(patient)).isEqualTo(stored);
    }

    private void refused(MockHttpServletRequestBuilder request, String body, String field, String instrument)
            throws Exception {
        MockHttpServletResponse res = mvc.perform(request.with(as(COORDINATOR)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        String label = instrument + ": " + body;
        assertThat(res.getStatus()).as(label).isEqualTo(400);
        Map<String, Object> errors = JsonPath.read(res.getContentAsString(), "$.errors");
        assertThat(errors).as(label).containsKey(field);
    }

    private long responsesOf(PatientId patient) {
        return jdbc.sql("select count(*) from followup_response where patient_id = :p").param("p", patient.value())
                .query(Long.class).single();
    }
}
