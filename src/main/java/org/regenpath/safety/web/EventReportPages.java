package org.regenpath.safety.web;

import java.time.LocalDate;
import org.regenpath.identity.CurrentActor;
import org.regenpath.safety.AdverseEvents;
import org.regenpath.safety.Form3500aReports;
import org.regenpath.safety.ReportingClockRule;
import org.regenpath.shared.Actor;
import org.regenpath.shared.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reporting an adverse event to FDA from its page: the draft Form FDA 3500A as an inline PDF (never cached, it
 * names a patient), and marking a report submitted with the day it was sent and its reference.
 */
@Controller
class EventReportPages {

    private final Form3500aReports forms;
    private final AdverseEvents events;
    private final CurrentActor actor;

    EventReportPages(Form3500aReports forms, AdverseEvents events, CurrentActor actor) {
        this.forms = forms;
        this.events = events;
        this.actor = actor;
    }

    @GetMapping("/safety/events/{eventId}/form-3500a.pdf")
    ResponseEntity<byte[]> form3500a(@PathVariable long eventId) {
        byte[] pdf = forms.draft(actor.get(), eventId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("form-3500a-draft-" + eventId + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(pdf);
    }

    @PostMapping("/safety/events/{eventId}/clocks/submitted")
    String submitted(@PathVariable long eventId, @RequestParam String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sentOn,
            @RequestParam(required = false) String reference, RedirectAttributes flash) {
        Actor a = actor.get();
        ReportingClockRule.Kind k = ReportKinds.parse(kind);
        try {
            events.markReportSent(a, eventId, k, sentOn, reference);
            flash.addFlashAttribute("saved", "The report is marked as sent.");
        } catch (InvalidInput e) {
            flash.addFlashAttribute("clockErrors", e.fieldErrors());
            flash.addFlashAttribute("clockKind", k.name());
        }
        return "redirect:/safety/events/" + eventId + "#clocks";
    }
}
