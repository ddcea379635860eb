package org.regenpath.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.audit.AuditOutcome;
import org.regenpath.audit.AuditQuery;
import org.regenpath.audit.AuditRecord;
import org.regenpath.audit.AuditTrail;
import org.regenpath.shared.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit-trail search over JSON, for clinic admins and their tools. */
@RestController
@Tag(name = "Audit trail", description = "Search the clinic's append-only audit trail (clinic admins)")
class AuditApi {

    private final AuditTrail audit;

    AuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit-events")
    @Operation(summary = "Search by patient id, user name fragment, date range (UTC, inclusive) and outcome")
    List<AuditRecord> search(
            Actor actor,
            @RequestParam(name = "patient", required = false) Long patient,
            @RequestParam(name = "user", required = false) String user,
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @RequestParam(name = "outcome", required = false) AuditOutcome outcome) {
        return audit.search(actor, new AuditQuery(patient, user, from, to, outcome));
    }
}
