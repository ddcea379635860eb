package org.regenpath.followup.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.followup.ProblemReports;
import org.regenpath.followup.ProblemReviews;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.shared.Actor;
import org.regenpath.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A patient tells their clinic about a problem (pain, swelling, fever…) and sees what they reported. */
@Controller
@RequestMapping("/portal/problems")
class PortalProblems {

    private final ProblemReports problems;
    private final List<ProblemReviews> reviews;

    PortalProblems(ProblemReports problems, List<ProblemReviews> reviews) {
        this.problems = problems;
        this.reviews = reviews;
    }

    @GetMapping
    String form(Actor actor, Model model) {
        return page(actor, "", "", null, Map.of(), model);
    }

    @PostMapping
    String report(Actor actor, @RequestParam(required = false) String description,
            @RequestParam(required = false) String startedOn, @RequestParam(required = false) String severity,
            Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate started = null;
        if (startedOn != null && !startedOn.isBlank()) {
            try {
                started = LocalDate.parse(startedOn.strip());
            } catch (DateTimeParseException e) {
                errors.put("startedOn", "Give a date, e.g. 2026-11-20.");
            }
        }
        ProblemSeverity chosen = null;
        if (severity != null && !severity.isBlank()) {
            try {
                chosen = ProblemSeverity.valueOf(severity);
            } catch (IllegalArgumentException e) {
                errors.put("severity", "Choose how bad it is.");
            }
        }
        if (errors.isEmpty()) {
            try {
                problems.report(actor, actor.patientId(), new ProblemReports.ProblemInput(description, started,
                        chosen));
                redirect.addFlashAttribute("message", "Thank you. Your clinic has your report and will contact "
                        + "you.");
                return "redirect:/portal/problems";
            } catch (InvalidInput e) {
                errors.putAll(e.fieldErrors());
            }
        }
        return page(actor, description, startedOn, severity, errors, model);
    }

    private String page(Actor actor, String description, String startedOn, String severity,
            Map<String, String> errors, Model model) {
        model.addAttribute("reports", problems.reports(actor, actor.patientId()));
        // The reviews are read after the reports, whose read authorised the patient and is audited.
        Map<Long, ProblemReviews.ProblemReview> looked = new HashMap<>();
        reviews.forEach(r -> looked.putAll(r.reviews(actor.clinicId(), actor.patientId())));
        model.addAttribute("reviews", looked);
        model.addAttribute("severities", ProblemSeverity.values());
        model.addAttribute("description", description == null ? "" : description);
        model.addAttribute("startedOn", startedOn == null ? "" : startedOn);
        model.addAttribute("severity", severity);
        model.addAttribute("errors", errors);
        return "followup/portal-problems";
    }
}
