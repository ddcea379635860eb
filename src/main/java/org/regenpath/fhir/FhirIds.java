package org.regenpath.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Instant;
import org.hl7.fhir.r4.model.IdType;
import org.regenpath.shared.PatientId;

/** Reads the ids and parameters clients send; a malformed one is a 400 naming it, never a 500. */
final class FhirIds {

    private FhirIds() {}

    /** The numeric id of {@code Type/123}. */
    static long number(IdType id, String type) {
        String part = id == null ? null : id.getIdPart();
        if (part == null || !part.matches("[0-9]{1,18}")) {
            throw new InvalidRequestException("Malformed " + type + " id \"" + part + "\": " + type
                    + " ids are whole numbers.");
        }
        return Long.parseLong(part);
    }

    /** The patient a {@code patient} or {@code subject} parameter names: {@code 123} or {@code Patient/123}. */
    static PatientId patient(ReferenceParam reference) {
        String type = reference.getResourceType();
        if (type != null && !type.equals("Patient")) {
            throw new InvalidRequestException("The patient parameter names a " + type + "; name a Patient.");
        }
        String part = reference.getIdPart();
        if (part == null || !part.matches("[0-9]{1,18}")) {
            throw new InvalidRequestException("Malformed patient reference \"" + reference.getValue()
                    + "\": send Patient/<number>.");
        }
        return PatientId.of(Long.parseLong(part));
    }

    /** The lower bound of a date range, inclusive, or {@code null}. */
    static Instant from(DateRangeParam range) {
        return range == null || range.getLowerBoundAsInstant() == null ? null
                : range.getLowerBoundAsInstant().toInstant();
    }

    /** The upper bound of a date range as an exclusive instant, or {@code null}. */
    static Instant before(DateRangeParam range) {
        // HAPI's upper bound is the last millisecond the range includes.
        return range == null || range.getUpperBoundAsInstant() == null ? null
                : range.getUpperBoundAsInstant().toInstant().plusMillis(1);
    }

    /** True when {@code at} lies in the range (a missing range holds everything). */
    static boolean within(DateRangeParam range, Instant at) {
        Instant from = from(range);
        Instant before = before(range);
        return at != null && (from == null || !at.isBefore(from)) && (before == null || at.isBefore(before));
    }
}
