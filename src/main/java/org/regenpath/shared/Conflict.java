package org.regenpath.shared;

/** The request clashes with the current state (a duplicate MRN, a stale version). Shown as 409. */
public class Conflict extends RuntimeException {

    private final String field;

    public Conflict(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field the clash is about, or {@code null}. */
    public String field() {
        return field;
    }
}
