package org.regenpath.instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads one FHIR R4 Questionnaire JSON file into an {@link Instrument}, refusing anything incomplete: a missing
 * source or licence note, an answer without an ordinal, duplicate linkIds.
 */
final class QuestionnaireParser {

    /** Base URL of Regenpath's Questionnaire extensions. */
    static final String EXT = "https://regenpath.org/fhir/StructureDefinition/";
    static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    private final Json json;
    private final Set<String> linkIds = new HashSet<>();

    private QuestionnaireParser(String file) {
        this.json = Json.about(file);
    }

    static Instrument parse(String file, JsonNode root) {
        return new QuestionnaireParser(file).instrument(root);
    }

    private Instrument instrument(JsonNode root) {
        if (!"Questionnaire".equals(json.optionalText(root, "resourceType", "resource").orElse(null))) {
            throw json.problem("resource", "must have \"resourceType\": \"Questionnaire\"");
        }
        String id = json.text(root, "id", "resource");
        if (!json.file().endsWith(id + ".json")) {
            throw json.problem("resource", "has id \"" + id + "\" but the file must then be named " + id + ".json");
        }
        json.text(root, "status", "resource");
        Licence licence = new Licence(textLicence(root), extensionText(root, "licence-note"),
                ItemTextSource.BUNDLED);
        List<InstrumentItem> items = items(root, null);
        if (items.isEmpty()) {
            throw json.problem("resource", "has no items");
        }
        return new Instrument(id, json.text(root, "url", "resource"), json.text(root, "name", "resource"),
                json.text(root, "title", "resource"), json.optionalText(root, "version", "resource").orElse(""),
                code(root), json.text(root, "copyright", "resource"), licence,
                extensionText(root, "source-citation"), scoring(root), items);
    }

    private Coding code(JsonNode root) {
        List<JsonNode> codes = json.array(root, "code", "resource", true);
        if (codes.isEmpty()) {
            throw json.problem("resource", "needs at least one \"code\"");
        }
        JsonNode c = codes.get(0);
        return new Coding(json.text(c, "system", "code"), json.text(c, "code", "code"),
                json.optionalText(c, "display", "code").orElse(""));
    }

    private TextLicence textLicence(JsonNode root) {
        String value = extension(root, "text-licence").map(e -> json.text(e, "valueCode", "text-licence"))
                .orElseThrow(() -> json.problem("resource", "needs the extension " + EXT + "text-licence"));
        return switch (value) {
            case "redistributable" -> TextLicence.REDISTRIBUTABLE;
            case "licensed" -> TextLicence.LICENSED;
            default -> throw json.problem("text-licence", "must be redistributable or licensed, was " + value);
        };
    }

    private ScoringSpec scoring(JsonNode root) {
        String rule = extension(root, "scoring-rule").map(e -> json.text(e, "valueCode", "scoring-rule"))
                .orElseThrow(() -> json.problem("resource", "needs the extension " + EXT + "scoring-rule"));
        String direction = extension(root, "score-direction").map(e -> json.text(e, "valueCode", "direction"))
                .orElseThrow(() -> json.problem("resource", "needs the extension " + EXT + "score-direction"));
        JsonNode range = extension(root, "score-range")
                .orElseThrow(() -> json.problem("resource", "needs the extension " + EXT + "score-range"));
        Mcid mcid = extension(root, "mcid").map(this::mcid).orElse(null);
        boolean immpact = extension(root, "immpact-pain-intensity")
                .map(e -> json.bool(e, "valueBoolean", "immpact-pain-intensity")).orElse(false);
        try {
            return new ScoringSpec(rule, Direction.valueOf(direction.toUpperCase(Locale.ROOT).replace('-', '_')),
                    subDecimal(range, "low"), subDecimal(range, "high"), mcid, immpact);
        } catch (IllegalArgumentException e) {
            throw json.problem("scoring", "is invalid: " + e.getMessage());
        }
    }

    private Mcid mcid(JsonNode ext) {
        return new Mcid(subDecimal(ext, "value"), subText(ext, "unit"), subText(ext, "source"),
                subExtension(ext, "verified").map(v -> json.bool(v, "valueBoolean", "mcid verified")).orElseThrow(
                        () -> json.problem("mcid", "needs a \"verified\" sub-extension")));
    }

    private List<InstrumentItem> items(JsonNode parent, String group) {
        List<InstrumentItem> out = new ArrayList<>();
        for (JsonNode node : json.array(parent, "item", group == null ? "resource" : "group " + group, false)) {
            out.add(item(node, group));
        }
        return out;
    }

    private InstrumentItem item(JsonNode node, String group) {
        String linkId = json.text(node, "linkId", "an item");
        String where = "item " + linkId;
        if (!linkIds.add(linkId)) {
            throw json.problem(where, "repeats a linkId");
        }
        String typeName = json.text(node, "type", where);
        ItemType type = switch (typeName) {
            case "group" -> ItemType.GROUP;
            case "display" -> ItemType.DISPLAY;
            case "choice" -> ItemType.CHOICE;
            default -> throw json.problem(where, "has type " + typeName + "; only group, display, choice are used");
        };
        List<AnswerOption> options = type == ItemType.CHOICE ? options(node, where) : List.of();
        boolean scored = type == ItemType.CHOICE && extension(node, "not-scored").isEmpty();
        boolean required = node.has("required") && json.bool(node, "required", where);
        List<InstrumentItem> children = type == ItemType.GROUP ? items(node, linkId) : List.of();
        if (type == ItemType.GROUP && children.isEmpty()) {
            throw json.problem(where, "is a group without items");
        }
        String text = type == ItemType.GROUP ? json.optionalText(node, "text", where).orElse("")
                : json.text(node, "text", where);
        return new InstrumentItem(linkId, type, text, required, scored, group, options, children);
    }

    private List<AnswerOption> options(JsonNode node, String where) {
        List<JsonNode> raw = json.array(node, "answerOption", where, true);
        if (raw.size() < 2) {
            throw json.problem(where, "needs at least two answerOptions");
        }
        List<AnswerOption> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String at = where + " answerOption " + (i + 1);
            JsonNode coding = json.object(raw.get(i), "valueCoding", at);
            String code = json.text(coding, "code", at);
            if (!codes.add(code)) {
                throw json.problem(at, "repeats the code " + code);
            }
            BigDecimal ordinal = ordinal(coding, at);
            if (ordinal.stripTrailingZeros().scale() > 0) {
                throw json.problem(at, "has a fractional ordinalValue " + ordinal);
            }
            out.add(new AnswerOption(code, json.text(coding, "display", at), ordinal.intValueExact()));
        }
        return out;
    }

    private BigDecimal ordinal(JsonNode coding, String where) {
        for (JsonNode ext : json.array(coding, "extension", where, false)) {
            if (ORDINAL_VALUE.equals(json.optionalText(ext, "url", where).orElse(null))) {
                return json.decimal(ext, "valueDecimal", where + " ordinalValue");
            }
        }
        throw json.problem(where, "has no ordinalValue extension (" + ORDINAL_VALUE + ")");
    }

    private Optional<JsonNode> extension(JsonNode node, String name) {
        for (JsonNode ext : json.array(node, "extension", "extension list", false)) {
            if ((EXT + name).equals(json.optionalText(ext, "url", "extension").orElse(null))) {
                return Optional.of(ext);
            }
        }
        return Optional.empty();
    }

    private String extensionText(JsonNode root, String name) {
        return extension(root, name).map(e -> json.text(e, "valueString", name))
                .orElseThrow(() -> json.problem("resource", "needs the extension " + EXT + name));
    }

    private Optional<JsonNode> subExtension(JsonNode ext, String url) {
        return json.array(ext, "extension", "extension " + url, false).stream()
                .filter(e -> url.equals(json.optionalText(e, "url", "extension").orElse(null))).findFirst();
    }

    private BigDecimal subDecimal(JsonNode ext, String url) {
        return subExtension(ext, url).map(e -> json.decimal(e, "valueDecimal", url))
                .orElseThrow(() -> json.problem("extension", "needs a sub-extension \"" + url + "\""));
    }

    private String subText(JsonNode ext, String url) {
        return subExtension(ext, url).map(e -> json.text(e, "valueString", url))
                .orElseThrow(() -> json.problem("extension", "needs a sub-extension \"" + url + "\""));
    }
}
