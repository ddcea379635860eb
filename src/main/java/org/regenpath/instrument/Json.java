package org.regenpath.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Strict reading of the clinical data files: every failure names the file and the field. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final String file;

    private Json(String file) {
        this.file = file;
    }

    public static Json about(String file) {
        return new Json(file);
    }

    public String file() {
        return file;
    }

    /** Reads a classpath resource. */
    public static JsonNode readResource(String resource) {
        try (InputStream in = Json.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new QuestionnaireFormatException(resource + ": not found on the classpath");
            }
            return about(resource).read(in);
        } catch (IOException e) {
            throw new QuestionnaireFormatException(resource + ": cannot be read", e);
        }
    }

    /** Reads a file of the deployment. */
    public static JsonNode readFile(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return about(path.toString()).read(in);
        } catch (IOException e) {
            throw new QuestionnaireFormatException(path + ": cannot be read", e);
        }
    }

    public JsonNode read(InputStream in) {
        try {
            JsonNode node = MAPPER.readTree(in);
            if (node == null || !node.isObject()) {
                throw new QuestionnaireFormatException(file + ": not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new QuestionnaireFormatException(file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    public QuestionnaireFormatException problem(String where, String what) {
        return new QuestionnaireFormatException(file + ": " + where + " " + what);
    }

    public String text(JsonNode node, String field, String where) {
        return optionalText(node, field, where).filter(s -> !s.isBlank())
                .orElseThrow(() -> problem(where, "needs a non-empty \"" + field + "\""));
    }

    public Optional<String> optionalText(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw problem(where, "\"" + field + "\" must be a string");
        }
        return Optional.of(value.asString());
    }

    public BigDecimal decimal(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw problem(where, "needs a number \"" + field + "\"");
        }
        return value.decimalValue();
    }

    public int integer(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw problem(where, "needs a whole number \"" + field + "\"");
        }
        return value.asInt();
    }

    public boolean bool(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw problem(where, "needs true or false for \"" + field + "\"");
        }
        return value.asBoolean();
    }

    public List<JsonNode> array(JsonNode node, String field, String where, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw problem(where, "needs an array \"" + field + "\"");
            }
            return List.of();
        }
        if (!value.isArray()) {
            throw problem(where, "\"" + field + "\" must be an array");
        }
        List<JsonNode> out = new ArrayList<>();
        value.forEach(out::add);
        return out;
    }

    public JsonNode object(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw problem(where, "needs an object \"" + field + "\"");
        }
        return value;
    }
}
