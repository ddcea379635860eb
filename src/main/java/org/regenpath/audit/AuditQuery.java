package org.regenpath.audit;

import java.time.LocalDate;

/**
 * A search of the audit trail; any criterion may be {@code null}. Dates are inclusive days of the clinic's time zone.
 */
public record AuditQuery(Long patientId, String username, LocalDate from, LocalDate to, AuditOutcome outcome) {

    public static AuditQuery forPatient(long patientId) {
        return new AuditQuery(patientId, null, null, null, null);
    }
}
