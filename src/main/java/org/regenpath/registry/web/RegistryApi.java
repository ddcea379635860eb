package org.regenpath.registry.web;

import org.regenpath.identity.CurrentActor;
import org.regenpath.registry.RegistryFigures;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry's figures as JSON for the clinicians and researchers of the caller's clinic: aggregate counts, each
 * with its numerator, denominator and 95 % interval, never a patient.
 */
@RestController
class RegistryApi {

    private final RegistryFigures figures;
    private final CurrentActor actor;

    RegistryApi(RegistryFigures figures, CurrentActor actor) {
        this.figures = figures;
        this.actor = actor;
    }

    @GetMapping("/api/registry/responders")
    RespondersResponse responders(@RequestParam(required = false) String condition,
            @RequestParam(required = false) String cellSource, @RequestParam(required = false) String productType,
            @RequestParam(required = false) String primary, @RequestParam(required = false) String interval) {
        return RespondersResponse.of(figures.responders(actor.get(),
                RegistryFilters.of(condition, cellSource, productType, primary, interval)));
    }

    @GetMapping("/api/registry/trajectories")
    TrajectoriesResponse trajectories(@RequestParam(required = false) String condition,
            @RequestParam(required = false) String cellSource, @RequestParam(required = false) String productType) {
        return TrajectoriesResponse.of(figures.trajectories(actor.get(),
                RegistryFilters.of(condition, cellSource, productType, null, null)));
    }

    @GetMapping("/api/registry/survival")
    SurvivalResponse survival(@RequestParam(required = false) String condition,
            @RequestParam(required = false) String cellSource, @RequestParam(required = false) String productType) {
        return SurvivalResponse.of(figures.survival(actor.get(),
                RegistryFilters.of(condition, cellSource, productType, null, null)));
    }

    @GetMapping("/api/registry/omeract-oarsi")
    OsteoarthritisRespondersResponse osteoarthritisResponders(@RequestParam(required = false) String condition,
            @RequestParam(required = false) String cellSource, @RequestParam(required = false) String productType,
            @RequestParam(required = false) String interval) {
        return OsteoarthritisRespondersResponse.of(figures.osteoarthritisResponders(actor.get(),
                RegistryFilters.of(condition, cellSource, productType, null, interval)));
    }
}
