package org.regenpath.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a domain rule. Carries one message per field so that forms show them inline and the API
 * returns them in its ProblemDetail. Thrown before anything is written.
 */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInput(Map<String, String> fieldErrors) {
        super(describe(fieldErrors));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    private static String describe(Map<String, String> errors) {
        StringBuilder sb = new StringBuilder();
        errors.forEach((f, m) -> sb.append(sb.isEmpty() ? "" : "; ").append(f).append(": ").append(m));
        return sb.toString();
    }
}
