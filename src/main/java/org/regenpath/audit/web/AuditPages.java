package org.regenpath.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.audit.AuditEntry;
import org.regenpath.audit.AuditOutcome;
import org.regenpath.audit.AuditQuery;
import org.regenpath.audit.AuditSearch;
import org.regenpath.shared.Actor;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PageLink;
import org.regenpath.shared.Paging;
import org.regenpath.shared.ResultPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Clinic admins search their clinic's audit trail by patient name or MRN, user, date and outcome, page by page,
 * and export a search as CSV for an auditor.
 */
@Controller
class AuditPages {

    private final AuditSearch audit;
    private final Clock clock;

    AuditPages(AuditSearch audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/audit")
    String search(
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
            HttpServletRequest request,
            Model model) {
        AuditQuery query = new AuditQuery(patient, user, from, to, outcome, patientText);
        model.addAttribute("query", query);
        model.addAttribute("outcomes", AuditOutcome.values());
        ResultPage<AuditEntry> rows;
        try {
            rows = audit.search(actor, query, Paging.of(page, null, AuditSearch.DEFAULT_SIZE));
        } catch (InvalidInput e) {
            model.addAttribute("searchErrors", e.fieldErrors());
            rows = new ResultPage<>(List.of(), 0, AuditSearch.DEFAULT_SIZE, 0);
        }
        model.addAttribute("rows", rows);
        String path = request.getRequestURI();
        model.addAttribute("previous", PageLink.to(path, request.getParameterMap(), rows.page() - 1));
        model.addAttribute("next", PageLink.to(path, request.getParameterMap(), rows.page() + 1));
        model.addAttribute("csv", PageLink.with("/admin/audit.csv", request.getParameterMap(), "page", null));
        return "audit/search";
    }

    @GetMapping("/admin/audit.csv")
    ResponseEntity<byte[]> export(
            Actor actor,
            @RequestParam(name = "patient", required = false) Long patient,
            @RequestParam(name = "patientText", required = false) String patientText,
            @RequestParam(name = "user", required = false) String user,
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @RequestParam(name = "outcome", required = false) AuditOutcome outcome) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF'); // so that spreadsheets read the file as UTF-8
        audit.export(actor, new AuditQuery(patient, user, from, to, outcome, patientText), out);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("audit-trail-" + LocalDate.now(clock) + ".csv").build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
