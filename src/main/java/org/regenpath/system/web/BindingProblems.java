package org.regenpath.system.web;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;

/**
 * Says, per field, what was wrong with a request that could not be bound to a handler's parameters: a required
 * parameter not sent, or a value of the wrong kind ({@code version=abc}). The messages speak of the field, never
 * of Java types, and do not echo the value sent.
 */
final class BindingProblems {

    /** The message for text that contains U+0000, wherever it was sent. */
    static final String NUL_TEXT = "Contains a NUL character (U+0000), which is not allowed in text.";

    private BindingProblems() {}

    static Map<String, String> missing(MissingServletRequestParameterException e) {
        return Map.of(e.getParameterName(), "Required, but it was not sent.");
    }

    static Map<String, String> mismatch(String field, TypeMismatchException e) {
        return Map.of(field, notA(e.getRequiredType()));
    }

    static Map<String, String> fields(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError f : binding.getFieldErrors()) {
            String message = f.isBindingFailure()
                    ? notA(binding.getFieldType(f.getField()))
                    : f.getDefaultMessage();
            errors.putIfAbsent(f.getField(), message);
        }
        binding.getGlobalErrors().forEach(g -> errors.putIfAbsent(g.getObjectName(), g.getDefaultMessage()));
        return errors;
    }

    /** "Not a whole number.", "Not a date (YYYY-MM-DD).", ... for the type a field needs. */
    static String notA(Class<?> type) {
        if (type == null) {
            return "Not a valid value.";
        }
        Class<?> t = type.isPrimitive() ? boxed(type) : type;
        if (t == Integer.class || t == Long.class || t == Short.class || t == Byte.class) {
            return "Not a whole number.";
        }
        if (Number.class.isAssignableFrom(t) || t == BigDecimal.class) {
            return "Not a number.";
        }
        if (t == Boolean.class) {
            return "Not yes or no.";
        }
        if (t == java.time.LocalDate.class) {
            return "Not a date (YYYY-MM-DD).";
        }
        if (Temporal.class.isAssignableFrom(t)) {
            return "Not a valid date or time.";
        }
        if (t.isEnum()) {
            return "Not one of the offered choices.";
        }
        return "Not a valid value.";
    }

    private static Class<?> boxed(Class<?> primitive) {
        return switch (primitive.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "boolean" -> Boolean.class;
            default -> Double.class;
        };
    }
}
