package org.regenpath.audit;

import java.time.Instant;

/**
 * One row of the audit trail as a reader sees it.
 *
 * @param patientId the patient whose data was touched, or {@code null}
 * @param resourceType the kind of record, e.g. {@code Patient}, {@code PainCondition}
 * @param resourceId the record's id, or the request path for refusals before any record was found
 */
public record AuditRecord(
        long id,
        Instant occurredAt,
        Long userId,
        String username,
        String role,
        Long clinicId,
        Long patientId,
        String resourceType,
        String resourceId,
        AuditAction action,
        AuditOutcome outcome,
        String detail,
        String address) {}
