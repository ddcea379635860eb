package org.regenpath.audit;

import java.time.LocalDate;

/**
 * A search of the audit trail; any criterion may be {@code null}. Dates are inclusive days of the clinic's time zone.
 * {@code patientText} finds patients by name words or MRN prefix, as the patient list does.
 */
public record AuditQuery(
        Long patientId, String username, LocalDate from, LocalDate to, AuditOutcome outcome, String patientText) {

    public AuditQuery(Long patientId, String username, LocalDate from, LocalDate to, AuditOutcome outcome) {
        this(patientId, username, from, to, outcome, null);
    }

    public static AuditQuery forPatient(long patientId) {
        return new AuditQuery(patientId, null, null, null, null);
    }

    boolean hasPatientText() {
        return patientText != null && !patientText.isBlank();
    }
}
