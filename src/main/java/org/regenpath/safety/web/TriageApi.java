package org.regenpath.safety.web;

import java.net.URI;
import java.util.List;
import org.regenpath.identity.CurrentActor;
import org.regenpath.safety.AdverseEvent;
import org.regenpath.safety.AdverseEventInput;
import org.regenpath.safety.Triage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The triage list JSON API: the clinic's open and recently decided items, and a clinician's decision on one:
 * confirm it as a new adverse event (graded), link it to one already recorded, or dismiss it with a reason.
 */
@RestController
class TriageApi {

    /** A link to an event already recorded. */
    record LinkBody(Long eventId) {}

    /** A dismissal and why. */
    record DismissalBody(String reason) {}

    private final Triage triage;
    private final CurrentActor actor;

    TriageApi(Triage triage, CurrentActor actor) {
        this.triage = triage;
        this.actor = actor;
    }

    @GetMapping("/api/safety/triage")
    List<TriageResponse> list() {
        return triage.list(actor.get()).stream().map(TriageResponse::of).toList();
    }

    @PostMapping("/api/safety/triage/{itemId}/confirmation")
    ResponseEntity<AdverseEventResponse> confirm(@PathVariable long itemId, @RequestBody AdverseEventInput body) {
        AdverseEvent event = triage.confirm(actor.get(), itemId, body);
        return ResponseEntity.created(URI.create("/api/adverse-events/" + event.id()))
                .body(AdverseEventResponse.of(event));
    }

    @PostMapping("/api/safety/triage/{itemId}/link")
    TriageResponse link(@PathVariable long itemId, @RequestBody LinkBody body) {
        return TriageResponse.of(triage.link(actor.get(), itemId, body == null ? null : body.eventId()));
    }

    @PostMapping("/api/safety/triage/{itemId}/dismissal")
    TriageResponse dismiss(@PathVariable long itemId, @RequestBody DismissalBody body) {
        return TriageResponse.of(triage.dismiss(actor.get(), itemId, body == null ? null : body.reason()));
    }
}
