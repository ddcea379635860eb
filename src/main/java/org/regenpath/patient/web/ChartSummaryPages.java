package org.regenpath.patient.web;

import org.regenpath.identity.CurrentActor;
import org.regenpath.patient.ChartOverview;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The printable chart summary: the Overview tab's facts on a page styled for paper. */
@Controller
class ChartSummaryPages {

    private final ChartOverview overview;
    private final CurrentActor actor;

    ChartSummaryPages(ChartOverview overview, CurrentActor actor) {
        this.overview = overview;
        this.actor = actor;
    }

    @GetMapping("/patients/{id}/summary")
    String summary(@PathVariable("id") long id, Model model) {
        model.addAttribute("summary", overview.summary(actor.get(), PatientId.of(id)));
        return "patient/summary";
    }
}
