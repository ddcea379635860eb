package org.regenpath.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.audit.AuditEntry;
import org.regenpath.audit.AuditOutcome;
import org.regenpath.audit.AuditQuery;
import org.regenpath.audit.AuditSearch;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PageLink;
import org.regenpath.shared.Paging;
import org.regenpath.shared.ResultPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit-trail search over JSON, for clinic admins and their tools. The body is the page's rows; the total is in
 * {@code X-Total-Count} and the neighbouring pages in the {@code Link} header (RFC 8288).
 */
@RestController
@Tag(name = "Audit trail", description = "Search the clinic's append-only audit trail (clinic admins)")
class AuditApi {

    /** Rows per page when the caller asks for no size: the most, as before paging existed. */
    private static final int DEFAULT_SIZE = Paging.MAX_SIZE;

    private final AuditSearch audit;

    AuditApi(AuditSearch audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit-events")
    @Operation(summary = "Search by patient id or name/MRN, user name fragment, date range (UTC, inclusive) and"
            + " outcome; page from 0, size up to 200")
    ResponseEntity<List<AuditRecordResponse>> search(
            Actor actor,
            @RequestParam(name = "patient", required = false) Long patient,
            @RequestParam(name = "patientText", required = false) String patientText,
            @RequestParam(name = "user", required = false) String user,
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @RequestParam(name = "outcome", required = false) AuditOutcome outcome,
            @RequestParam(name = "page", required = false) Integer page,
            @RequestParam(name = "size", required = false) Integer size,
            HttpServletRequest request) {
        Paging paging = Paging.of(page, size, DEFAULT_SIZE);
        ResultPage<AuditEntry> rows =
                audit.search(actor, new AuditQuery(patient, user, from, to, outcome, patientText), paging);
        return ResponseEntity.ok()
                .headers(PageLink.headers(request.getRequestURI(), request.getParameterMap(), rows))
                .body(rows.map(e -> AuditRecordResponse.of(e.record())).items());
    }
}
