package org.regenpath.system.web;

import java.util.UUID;
import org.regenpath.shared.Actor;
import org.regenpath.system.EventFailures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clinic admin's list of background steps that keep failing, each with a button to try it again now. */
@Controller
class EventPages {

    private final EventFailures failures;

    EventPages(EventFailures failures) {
        this.failures = failures;
    }

    @GetMapping("/admin/events")
    String list(Actor actor, Model model) {
        model.addAttribute("failing", failures.failing(actor));
        return "system/events";
    }

    @PostMapping("/admin/events/{id}/retry")
    String retry(Actor actor, @PathVariable("id") UUID id, RedirectAttributes flash) {
        failures.retry(actor, id);
        flash.addFlashAttribute("saved", "It is being tried again now. Reload the page in a minute to see the result.");
        return "redirect:/admin/events";
    }
}
