package org.regenpath.audit.web;

import java.time.LocalDate;
import org.regenpath.audit.AuditOutcome;
import org.regenpath.audit.AuditQuery;
import org.regenpath.audit.AuditTrail;
import org.regenpath.shared.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Clinic admins search their clinic's audit trail by patient, user, date and outcome. */
@Controller
class AuditPages {

    private final AuditTrail audit;

    AuditPages(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String search(
            Actor actor,
            @RequestParam(name = "patient", required = false) Long patient,
            @RequestParam(name = "user", required = false) String user,
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @RequestParam(name = "outcome", required = false) AuditOutcome outcome,
            Model model) {
        AuditQuery query = new AuditQuery(patient, user, from, to, outcome);
        model.addAttribute("query", query);
        model.addAttribute("rows", audit.search(actor, query));
        model.addAttribute("outcomes", AuditOutcome.values());
        return "audit/search";
    }
}
