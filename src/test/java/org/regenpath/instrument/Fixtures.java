package org.regenpath.instrument;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Answer builders and JSON helpers for the follow-up tests. */
public final class Fixtures {

    public static final InstrumentCatalog CATALOG = InstrumentCatalog.load();

    private Fixtures() {}

    /** Every scored question answered with {@code ordinal}. */
    public static Map<String, Integer> all(String instrumentId, int ordinal) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        CATALOG.instrument(instrumentId).scoredQuestions().forEach(q -> answers.put(q.linkId(), ordinal));
        return answers;
    }

    /** The scored questions answered in order with {@code ordinals}; the rest left unanswered. */
    public static Map<String, Integer> answers(String instrumentId, Integer... ordinals) {
        List<InstrumentItem> questions = CATALOG.instrument(instrumentId).scoredQuestions();
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 0; i < ordinals.length; i++) {
            answers.put(questions.get(i).linkId(), ordinals[i]);
        }
        return answers;
    }

    /** All scored questions of a 0-{@code itemMax} instrument answered so that they sum to {@code raw}. */
    public static Map<String, Integer> summingTo(String instrumentId, int raw, int itemMax) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        int left = raw;
        for (InstrumentItem q : CATALOG.instrument(instrumentId).scoredQuestions()) {
            int v = Math.min(itemMax, left);
            answers.put(q.linkId(), v);
            left -= v;
        }
        if (left != 0) {
            throw new IllegalArgumentException(raw + " is out of reach for " + instrumentId);
        }
        return answers;
    }

    /** The answers of one group (KOOS subscale) set to {@code ordinals}, in order. */
    public static Map<String, Integer> inGroup(String instrumentId, String group, Integer... ordinals) {
        List<InstrumentItem> questions = CATALOG.instrument(instrumentId).questionsIn(group);
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 0; i < ordinals.length; i++) {
            answers.put(questions.get(i).linkId(), ordinals[i]);
        }
        return answers;
    }

    public static JsonNode json(String name, String text) {
        return Json.about(name).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static String resourceText(String resource) {
        try (var in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
