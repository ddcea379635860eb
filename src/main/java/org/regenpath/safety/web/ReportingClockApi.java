package org.regenpath.safety.web;

import java.time.LocalDate;
import org.regenpath.identity.CurrentActor;
import org.regenpath.safety.AdverseEvents;
import org.regenpath.safety.ReportingClocks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reporting deadlines as JSON: the clinic's clocks not yet submitted (overdue, due soon, open; the earliest
 * deadline first), for the care team; and a clinician marking one of an event's reports as sent to FDA.
 */
@RestController
class ReportingClockApi {

    /** When the report was sent (the clinic's date; today when left out) and FDA's or the clinic's reference. */
    record SubmissionBody(LocalDate sentOn, String reference) {}

    private final ReportingClocks clocks;
    private final AdverseEvents events;
    private final CurrentActor actor;

    ReportingClockApi(ReportingClocks clocks, AdverseEvents events, CurrentActor actor) {
        this.clocks = clocks;
        this.events = events;
        this.actor = actor;
    }

    @GetMapping("/api/safety/clocks")
    ReportingClocksResponse open() {
        return ReportingClocksResponse.of(clocks.dashboard(actor.get()));
    }

    @PostMapping("/api/safety/events/{eventId}/clocks/{kind}/submission")
    ReportingClockSubmissionResponse submitted(@PathVariable long eventId, @PathVariable String kind,
            @RequestBody(required = false) SubmissionBody body) {
        return ReportingClockSubmissionResponse.of(events.markReportSent(actor.get(), eventId, ReportKinds.parse(kind),
                body == null ? null : body.sentOn(), body == null ? null : body.reference()));
    }
}
