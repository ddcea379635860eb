package org.regenpath.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads the clinical data files under {@code src/main/resources/clinical/}: strict JSON, unknown fields refused. */
final class ClinicalFiles {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ClinicalFiles() {}

    static String read(String classpathLocation) {
        try (InputStream in = ClinicalFiles.class.getClassLoader().getResourceAsStream(classpathLocation)) {
            if (in == null) {
                throw new InvalidClinicalData(classpathLocation, List.of("file not found on the classpath"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T parse(String name, String json, Class<T> type) {
        try {
            return STRICT.readValue(json, type);
        } catch (JacksonException e) {
            throw new InvalidClinicalData(name, List.of("not valid JSON for this file: " + e.getOriginalMessage()));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
