package org.regenpath.shared;

/** Identifies a patient across modules; other modules refer to patients only by this id. */
public record PatientId(long value) {

    public static PatientId of(long value) {
        return new PatientId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
