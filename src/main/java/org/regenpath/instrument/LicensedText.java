package org.regenpath.instrument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Puts a clinic's licensed item wording over an instrument that ships without it. The clinic's file
 * {@code <instrument id>.text.json} in the licensed-text folder maps each linkId to its wording and each answer
 * code to its display text:
 *
 * <pre>{"questionnaire": "odi", "licence": "ODI v2.1a, licensed from ... (agreement no. ...)",
 *  "items": {"odi-1": {"text": "...", "answers": {"0": "...", "1": "...", ...}}, ...}}</pre>
 *
 * <p>Only wording changes: linkIds, codes and ordinals stay as shipped, so scoring is the same with or without the
 * overlay. An overlay must cover every question and every answer (a half-licensed form would mix wordings), and
 * is refused for instruments whose wording ships with Regenpath, which must not be altered.
 */
final class LicensedText {

    static final String SUFFIX = ".text.json";

    private LicensedText() {}

    /** The instrument with its wording from {@code dir}, or with placeholders when the clinic has none. */
    static Instrument apply(Instrument instrument, Path dir) {
        Path file = dir == null ? null : dir.resolve(instrument.id() + SUFFIX);
        boolean present = file != null && Files.isRegularFile(file);
        if (instrument.licence().terms() == TextLicence.REDISTRIBUTABLE) {
            if (present) {
                throw new QuestionnaireFormatException(file + ": " + instrument.title() + " ships with its "
                        + "wording, which must not be altered; remove this file");
            }
            return instrument;
        }
        if (!present) {
            return instrument.withItems(placeholders(instrument, instrument.items()), ItemTextSource.PLACEHOLDER);
        }
        Json json = Json.about(file.toString());
        JsonNode root = Json.readFile(file);
        if (!instrument.id().equals(json.text(root, "questionnaire", "overlay"))) {
            throw json.problem("overlay", "\"questionnaire\" must be \"" + instrument.id() + "\"");
        }
        json.text(root, "licence", "overlay");
        Map<String, JsonNode> byLinkId = new HashMap<>();
        json.object(root, "items", "overlay").properties().forEach(e -> byLinkId.put(e.getKey(), e.getValue()));
        Set<String> used = new HashSet<>();
        List<InstrumentItem> items = overlay(instrument.items(), byLinkId, used, json);
        byLinkId.keySet().stream().filter(k -> !used.contains(k)).findFirst().ifPresent(k -> {
            throw json.problem("item " + k, "is not an item of " + instrument.id());
        });
        return instrument.withItems(items, ItemTextSource.LICENSED_OVERLAY);
    }

    private static List<InstrumentItem> overlay(List<InstrumentItem> items, Map<String, JsonNode> byLinkId,
            Set<String> used, Json json) {
        List<InstrumentItem> out = new ArrayList<>();
        for (InstrumentItem item : items) {
            JsonNode given = byLinkId.get(item.linkId());
            String where = "item " + item.linkId();
            if (given == null && item.type() == ItemType.CHOICE) {
                throw json.problem(where, "has no licensed wording; the overlay must cover every question");
            }
            String text = item.text();
            List<AnswerOption> options = item.answerOptions();
            if (given != null) {
                used.add(item.linkId());
                text = json.text(given, "text", where);
                if (item.type() == ItemType.CHOICE) {
                    options = answers(item, json.object(given, "answers", where), json, where);
                }
            }
            out.add(item.withText(text, options, overlay(item.items(), byLinkId, used, json)));
        }
        return out;
    }

    private static List<AnswerOption> answers(InstrumentItem item, JsonNode answers, Json json, String where) {
        Set<String> known = new HashSet<>();
        List<AnswerOption> out = new ArrayList<>();
        for (AnswerOption option : item.answerOptions()) {
            known.add(option.code());
            out.add(new AnswerOption(option.code(), json.text(answers, option.code(), where + " answer"),
                    option.ordinal()));
        }
        for (String code : answers.propertyNames()) {
            if (!known.contains(code)) {
                throw json.problem(where, "has no answer with code \"" + code + "\"");
            }
        }
        return out;
    }

    private static List<InstrumentItem> placeholders(Instrument instrument, List<InstrumentItem> items) {
        List<InstrumentItem> out = new ArrayList<>();
        for (InstrumentItem item : items) {
            String text = item.type() == ItemType.CHOICE ? item.text() + " — the wording of this item is licensed ("
                    + instrument.title() + ") and this clinic has not installed it." : item.text();
            out.add(item.withText(text, item.answerOptions(), placeholders(instrument, item.items())));
        }
        return out;
    }
}
