package org.regenpath.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a clinic, the tenant that owns every patient record. */
public record ClinicId(@JsonValue long value) {

    @JsonCreator
    public static ClinicId of(long value) {
        return new ClinicId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
