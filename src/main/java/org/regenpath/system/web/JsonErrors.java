package org.regenpath.system.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Finds which JSON field, or where in the text, a body-parsing failure is about, from Jackson's exception. */
final class JsonErrors {

    private JsonErrors() {}

    /** True when the body names a field the call does not have. */
    static boolean unknownField(HttpMessageNotReadableException e) {
        return cause(e, UnrecognizedPropertyException.class) != null;
    }

    /** The path of the field whose value could not be read ({@code answers.pgic}, {@code sites[0].dose}), or null. */
    static String fieldOf(HttpMessageNotReadableException e) {
        DatabindException d = cause(e, DatabindException.class);
        if (d == null || d.getPath().isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (var ref : d.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** What is wrong with the field's value, in words for the sender ("Not a whole number."). */
    static String fieldProblem(HttpMessageNotReadableException e) {
        MismatchedInputException m = cause(e, MismatchedInputException.class);
        if (m == null) {
            return "Wrong type or format.";
        }
        if (m.getOriginalMessage() != null && m.getOriginalMessage().contains(StrictJson.NUL_MESSAGE)) {
            return BindingProblems.NUL_TEXT;
        }
        return m.getTargetType() == null ? "Wrong type or format." : BindingProblems.notA(m.getTargetType());
    }

    /** "line 3, column 7" where the body stops being JSON, or null when Jackson did not say. */
    static String location(HttpMessageNotReadableException e) {
        JacksonException j = cause(e, JacksonException.class);
        TokenStreamLocation at = j == null ? null : j.getLocation();
        if (at == null || at.getLineNr() < 1) {
            return null;
        }
        return "line " + at.getLineNr() + (at.getColumnNr() > 0 ? ", column " + at.getColumnNr() : "");
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
