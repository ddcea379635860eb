package org.regenpath.system.web;

import org.springframework.http.converter.HttpMessageNotReadableException;

/** Finds which JSON field a body-parsing failure is about, from Jackson's exception path. */
final class JsonErrors {

    private JsonErrors() {}

    /** True when the body names a field the call does not have. */
    static boolean unknownField(HttpMessageNotReadableException e) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof tools.jackson.databind.exc.UnrecognizedPropertyException) {
                return true;
            }
        }
        return false;
    }

    static String fieldOf(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof tools.jackson.databind.DatabindException d && !d.getPath().isEmpty()) {
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
            cause = cause.getCause();
        }
        return null;
    }
}
