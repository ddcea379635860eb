package org.regenpath.procedure.web;

import org.regenpath.identity.CurrentActor;
import org.regenpath.procedure.ProcedureDayLists;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The day list: the procedures planned for today and the rest of the week, for clinicians and coordinators. */
@Controller
class DayListPages {

    private final ProcedureDayLists dayLists;
    private final CurrentActor actor;

    DayListPages(ProcedureDayLists dayLists, CurrentActor actor) {
        this.dayLists = dayLists;
        this.actor = actor;
    }

    @GetMapping("/procedures/day")
    String day(Model model) {
        model.addAttribute("days", dayLists.week(actor.get()));
        return "procedure/day";
    }
}
