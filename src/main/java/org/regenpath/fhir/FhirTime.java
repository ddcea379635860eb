package org.regenpath.fhir;

import java.time.Instant;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.InstantType;

/**
 * Regenpath's {@code java.time} values as FHIR's date types, through their ISO 8601 text: a day stays a day (no
 * time zone turns 9 March into 8 March), an instant keeps UTC.
 */
final class FhirTime {

    private FhirTime() {}

    static InstantType instant(Instant at) {
        return new InstantType(at.toString());
    }

    static DateTimeType dateTime(Instant at) {
        return new DateTimeType(at.toString());
    }

    /** A day as a dateTime of day precision ({@code 2024-03-09}). */
    static DateTimeType dayTime(LocalDate day) {
        return new DateTimeType(day.toString());
    }

    static DateType day(LocalDate day) {
        return new DateType(day.toString());
    }
}
