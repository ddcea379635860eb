package org.regenpath.safety.web;

import org.regenpath.identity.CurrentActor;
import org.regenpath.safety.ProductLookBacks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The product look-back of an adverse event over the JSON API, for clinicians. */
@RestController
class LookBackApi {

    private final ProductLookBacks lookBacks;
    private final CurrentActor actor;

    LookBackApi(ProductLookBacks lookBacks, CurrentActor actor) {
        this.lookBacks = lookBacks;
        this.actor = actor;
    }

    /**
     * The kit lots and devices the event's product went through, and every other patient of the clinic whose
     * product used one of them, with their adverse events.
     */
    @GetMapping("/api/safety/events/{eventId}/look-back")
    LookBackResponse lookBack(@PathVariable long eventId) {
        return LookBackResponse.of(lookBacks.of(actor.get(), eventId));
    }
}
