package org.regenpath.followup;

import java.util.LinkedHashMap;
import java.util.Map;
import org.regenpath.instrument.AnswerOption;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.InstrumentItem;
import org.regenpath.shared.PatientId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a response as a FHIR R4 QuestionnaireResponse (https://hl7.org/fhir/R4/questionnaireresponse.html): the
 * instrument's canonical URL and version, the subject, when it was authored (the instant on the portal, the day the
 * patient answered for answers entered by staff), and each answered question under
 * its group with the chosen answer as a {@code valueCoding}. Unanswered questions are left out, as FHIR asks. Pure.
 */
final class QuestionnaireResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private QuestionnaireResponses() {}

    static String build(Instrument instrument, PatientId patient, long taskId, Map<String, Integer> answers,
            String authored, boolean late) {
        ObjectNode root = JSON.createObjectNode();
        root.put("resourceType", "QuestionnaireResponse");
        root.putArray("identifier").addObject().put("system", "urn:regenpath:followup-task")
                .put("value", Long.toString(taskId));
        String canonical = instrument.url() == null ? instrument.id() : instrument.url();
        root.put("questionnaire", instrument.version() == null ? canonical : canonical + "|" + instrument.version());
        root.put("status", "completed");
        root.putObject("subject").put("reference", "Patient/" + patient.value());
        root.put("authored", authored);
        if (late) {
            root.putArray("extension").addObject()
                    .put("url", "urn:regenpath:late-answer").put("valueBoolean", true);
        }
        ArrayNode items = root.putArray("item");
        Map<String, ArrayNode> groups = new LinkedHashMap<>();
        for (InstrumentItem q : instrument.questions()) {
            Integer ordinal = answers.get(q.linkId());
            if (ordinal == null) {
                continue;
            }
            ArrayNode into = items;
            if (q.group() != null) {
                into = groups.computeIfAbsent(q.group(), g -> {
                    ObjectNode group = items.addObject();
                    group.put("linkId", g);
                    return group.putArray("item");
                });
            }
            AnswerOption option = q.answerOptions().stream().filter(o -> o.ordinal() == ordinal).findFirst()
                    .orElseThrow();
            ObjectNode coding = into.addObject().put("linkId", q.linkId()).putArray("answer").addObject()
                    .putObject("valueCoding");
            coding.put("code", option.code());
            coding.put("display", option.display());
        }
        return JSON.writeValueAsString(root);
    }

    /** Reads back the answers (linkId → ordinal) of a stored QuestionnaireResponse. */
    static Map<String, Integer> readAnswers(Instrument instrument, String resource) {
        Map<String, Integer> out = new LinkedHashMap<>();
        collect(JSON.readTree(resource).path("item"), instrument, out);
        return out;
    }

    private static void collect(JsonNode items, Instrument instrument, Map<String, Integer> out) {
        for (JsonNode item : items) {
            collect(item.path("item"), instrument, out);
            String linkId = item.path("linkId").asString();
            for (JsonNode answer : item.path("answer")) {
                out.put(linkId, instrument.ordinalOf(linkId, answer.path("valueCoding").path("code").asString()));
            }
        }
    }

    /** Reads back the answers of a saved draft (a JSON object of linkId → ordinal). */
    static Map<String, Integer> readDraft(String draft) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (draft == null || draft.isBlank()) {
            return out;
        }
        JSON.readTree(draft).properties().forEach(e -> out.put(e.getKey(), e.getValue().asInt()));
        return out;
    }

    /** Writes a draft's answers. */
    static String writeDraft(Map<String, Integer> answers) {
        ObjectNode node = JSON.createObjectNode();
        answers.forEach((k, v) -> {
            if (v != null) {
                node.put(k, v);
            }
        });
        return JSON.writeValueAsString(node);
    }
}
