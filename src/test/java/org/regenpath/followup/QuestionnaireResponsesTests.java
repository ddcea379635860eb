package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.shared.PatientId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Responses are stored as FHIR R4 QuestionnaireResponse JSON and read back to the same answers. */
class QuestionnaireResponsesTests {

    private static final InstrumentCatalog CATALOG = InstrumentCatalog.load();

    @Test
    void aKoosResponseNestsAnswersUnderTheirSubscaleGroupsAndReadsBackUnchanged() {
        Instrument koos = CATALOG.instrument("koos");
        Map<String, Integer> answers = new LinkedHashMap<>();
        koos.questions().stream().limit(12).forEach(q -> answers.put(q.linkId(), q.maxOrdinal()));
        String json = QuestionnaireResponses.build(koos, PatientId.of(12), 99, answers,
                "2027-02-23T10:15:00Z", true);
        JsonNode root = JsonMapper.builder().build().readTree(json);
        assertThat(root.path("resourceType").asString()).isEqualTo("QuestionnaireResponse");
        assertThat(root.path("status").asString()).isEqualTo("completed");
        assertThat(root.path("subject").path("reference").asString()).isEqualTo("Patient/12");
        assertThat(root.path("questionnaire").asString()).startsWith(koos.url());
        assertThat(root.path("extension").get(0).path("valueBoolean").asBoolean()).isTrue();
        String firstGroup = koos.questions().get(0).group();
        assertThat(root.path("item").get(0).path("linkId").asString()).isEqualTo(firstGroup);
        assertThat(QuestionnaireResponses.readAnswers(koos, json)).isEqualTo(answers);
    }

    @Test
    void unansweredQuestionsAreLeftOutAndDraftsRoundTrip() {
        Instrument nrs = CATALOG.instrument("nrs-11");
        String linkId = nrs.questions().get(0).linkId();
        String json = QuestionnaireResponses.build(nrs, PatientId.of(3), 1, Map.of(), Instant.EPOCH.toString(), false);
        assertThat(JsonMapper.builder().build().readTree(json).path("item").size()).isZero();
        Map<String, Integer> draft = new LinkedHashMap<>();
        draft.put(linkId, 7);
        draft.put("skipped", null);
        assertThat(QuestionnaireResponses.readDraft(QuestionnaireResponses.writeDraft(draft)))
                .containsExactly(Map.entry(linkId, 7));
    }
}
