package org.regenpath.shared;

/** Identifies a clinic, the tenant that owns every patient record. */
public record ClinicId(long value) {

    public static ClinicId of(long value) {
        return new ClinicId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
