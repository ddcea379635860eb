package org.regenpath.safety.web;

import org.regenpath.identity.CurrentActor;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.safety.AdverseEvent;
import org.regenpath.safety.AdverseEvents;
import org.regenpath.safety.ProductLookBack;
import org.regenpath.safety.ProductLookBacks;
import org.regenpath.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The product look-back page of an adverse event, one click from the event: the product, the kit lots and devices
 * it went through, and the other patients who received product processed with them, each with their own events.
 */
@Controller
class LookBackPages {

    private final ProductLookBacks lookBacks;
    private final AdverseEvents events;
    private final PatientRegistry registry;
    private final CurrentActor actor;

    LookBackPages(ProductLookBacks lookBacks, AdverseEvents events, PatientRegistry registry, CurrentActor actor) {
        this.lookBacks = lookBacks;
        this.events = events;
        this.registry = registry;
        this.actor = actor;
    }

    @GetMapping("/safety/events/{eventId}/look-back")
    String lookBack(@PathVariable long eventId, Model model) {
        Actor a = actor.get();
        // The look-back first: it refuses anyone but a clinician before the event is read.
        ProductLookBack lookBack = lookBacks.of(a, eventId);
        AdverseEvent event = events.get(a, eventId);
        model.addAttribute("lookBack", lookBack);
        model.addAttribute("event", event);
        model.addAttribute("patient", registry.get(a, event.patientId()));
        return "safety/look-back";
    }
}
