package org.regenpath.safety.web;

import org.regenpath.identity.CurrentActor;
import org.regenpath.safety.SafetyFigures;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The clinic safety figures as JSON, for the clinic's clinicians and coordinators. */
@RestController
class SafetyRatesApi {

    private final SafetyFigures figures;
    private final CurrentActor actor;

    SafetyRatesApi(SafetyFigures figures, CurrentActor actor) {
        this.figures = figures;
        this.actor = actor;
    }

    @GetMapping("/api/safety/rates")
    SafetyRatesResponse rates() {
        return SafetyRatesResponse.of(figures.count(actor.get()));
    }
}
