package org.regenpath.audit.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditOutcome;
import org.regenpath.audit.AuditRecord;

/**
 * One audit-trail row as the JSON API sends it (decision 0038): its own type, so the module may change
 * {@link AuditRecord} without changing what clients read. Field names, order and values are those clients have
 * always read; the schema keeps its published name.
 */
@Schema(name = "AuditRecord")
record AuditRecordResponse(
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
        String address) {

    static AuditRecordResponse of(AuditRecord r) {
        return new AuditRecordResponse(r.id(), r.occurredAt(), r.userId(), r.username(), r.role(), r.clinicId(),
                r.patientId(), r.resourceType(), r.resourceId(), r.action(), r.outcome(), r.detail(), r.address());
    }
}
