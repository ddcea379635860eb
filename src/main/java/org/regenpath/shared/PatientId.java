package org.regenpath.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a patient across modules; other modules refer to patients only by this id. */
public record PatientId(@JsonValue long value) {

    @JsonCreator
    public static PatientId of(long value) {
        return new PatientId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
