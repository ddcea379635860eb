package org.regenpath.safety.web;

import org.regenpath.identity.CurrentActor;
import org.regenpath.safety.Triage;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic's triage list: what patients reported, oldest first, each with the patient, what and when, and the
 * clinician's three actions as forms (confirm opens the event form; link and dismiss are posted here). A refused
 * action comes back to the list with its message beside the item.
 */
@Controller
class TriagePages {

    private final Triage triage;
    private final CurrentActor actor;

    TriagePages(Triage triage, CurrentActor actor) {
        this.triage = triage;
        this.actor = actor;
    }

    @GetMapping("/safety/triage")
    String list(Model model) {
        Actor a = actor.get();
        model.addAttribute("entries", triage.list(a));
        model.addAttribute("clinician", a.hasRole(org.regenpath.shared.Role.CLINICIAN));
        return "safety/triage";
    }

    @PostMapping("/safety/triage/{itemId}/link")
    String link(@PathVariable long itemId, @RequestParam(required = false) String eventId,
            RedirectAttributes flash) {
        Long event = null;
        try {
            event = eventId == null || eventId.isBlank() ? null : Long.valueOf(eventId.strip());
        } catch (NumberFormatException e) {
            event = null;
        }
        try {
            triage.link(actor.get(), itemId, event);
            flash.addFlashAttribute("saved", "Linked to adverse event " + event + ".");
        } catch (InvalidInput | Conflict e) {
            refused(flash, itemId, e);
        }
        return "redirect:/safety/triage";
    }

    @PostMapping("/safety/triage/{itemId}/dismissal")
    String dismiss(@PathVariable long itemId, @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        try {
            triage.dismiss(actor.get(), itemId, reason);
            flash.addFlashAttribute("saved", "Dismissed, with your reason.");
        } catch (InvalidInput | Conflict e) {
            refused(flash, itemId, e);
        }
        return "redirect:/safety/triage";
    }

    /** The refusal goes back to the list, shown beside its item. */
    private static void refused(RedirectAttributes flash, long itemId, RuntimeException e) {
        flash.addFlashAttribute("refusedItem", itemId);
        flash.addFlashAttribute("refused", e instanceof InvalidInput i ? i.fieldErrors().values().iterator().next()
                : e.getMessage());
    }
}
