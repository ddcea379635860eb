package org.regenpath.safety.web;

import java.net.URI;
import java.util.List;
import org.regenpath.identity.CurrentActor;
import org.regenpath.safety.AdverseEvent;
import org.regenpath.safety.AdverseEventInput;
import org.regenpath.safety.AdverseEvents;
import org.regenpath.shared.PatientId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The adverse event JSON API: a patient's events, one event with its versions, and a revision of it (with the
 * version the writer read). Errors are RFC 9457 ProblemDetails naming the field.
 */
@RestController
class AdverseEventApi {

    private final AdverseEvents events;
    private final CurrentActor actor;

    AdverseEventApi(AdverseEvents events, CurrentActor actor) {
        this.events = events;
        this.actor = actor;
    }

    @GetMapping("/api/patients/{patientId}/adverse-events")
    List<AdverseEventResponse> list(@PathVariable long patientId) {
        return events.list(actor.get(), PatientId.of(patientId)).stream().map(AdverseEventResponse::of).toList();
    }

    @PostMapping("/api/patients/{patientId}/adverse-events")
    ResponseEntity<AdverseEventResponse> record(@PathVariable long patientId, @RequestBody AdverseEventInput body) {
        AdverseEvent recorded = events.record(actor.get(), PatientId.of(patientId), body);
        return ResponseEntity.created(URI.create("/api/adverse-events/" + recorded.id()))
                .body(AdverseEventResponse.of(recorded));
    }

    @GetMapping("/api/adverse-events/{eventId}")
    AdverseEventResponse get(@PathVariable long eventId) {
        return AdverseEventResponse.of(events.get(actor.get(), eventId));
    }

    @PutMapping("/api/adverse-events/{eventId}")
    AdverseEventResponse revise(@PathVariable long eventId, @RequestParam int version,
            @RequestBody AdverseEventInput body) {
        return AdverseEventResponse.of(events.revise(actor.get(), eventId, version, body));
    }
}
