package org.regenpath.safety.web;

import org.regenpath.identity.CurrentActor;
import org.regenpath.safety.ReportingClocks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The clinic's reporting clocks not yet submitted: overdue, due soon and open, for the care team. */
@Controller
class ReportingClockPages {

    private final ReportingClocks clocks;
    private final CurrentActor actor;

    ReportingClockPages(ReportingClocks clocks, CurrentActor actor) {
        this.clocks = clocks;
        this.actor = actor;
    }

    @GetMapping("/safety/clocks")
    String clocks(Model model) {
        model.addAttribute("dashboard", clocks.dashboard(actor.get()));
        return "safety/clocks";
    }
}
