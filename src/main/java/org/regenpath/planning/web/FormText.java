package org.regenpath.planning.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Reads form text into values; a value that does not parse leaves a message under its field and is missing. */
final class FormText {

    private FormText() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field, String message,
            Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, message);
            return null;
        }
    }

    static BigDecimal decimal(String text, String field, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            errors.put(field, "Enter a number, e.g. 4.5");
            return null;
        }
    }

    static Long count(String text, String field, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        String digits = text.strip().replace(",", "").replace("_", "").replace(" ", "");
        try {
            return new BigDecimal(digits).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.put(field, "Enter a whole number, e.g. 20000000 or 2E7");
            return null;
        }
    }

    static LocalDate date(String text, String field, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Not a valid date; use the date picker or yyyy-mm-dd");
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}
