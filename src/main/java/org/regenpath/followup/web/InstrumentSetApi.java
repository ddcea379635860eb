package org.regenpath.followup.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.regenpath.followup.ClinicInstrumentSets;
import org.regenpath.followup.ClinicSetInput;
import org.regenpath.identity.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clinic's instrument sets as JSON: the shipped defaults, the clinic's own sets with their versions, and the
 * set each condition gets now; clinic admins create, revise and retire the clinic's sets. {@code instruments} maps
 * an instrument id to the time point ids it is asked at. Errors are RFC 9457 ProblemDetails naming the field.
 */
@RestController
@RequestMapping("/api/follow-up/instrument-sets")
class InstrumentSetApi {

    /** A set as sent; {@code version} is the version a revision or retirement started from. */
    record SetBody(String label, String templateId, Map<String, List<String>> instruments, String primaryInstrumentId,
            List<String> conditions, String source, Integer version) {

        ClinicSetInput input() {
            return new ClinicSetInput(label, templateId, instruments, primaryInstrumentId, conditions, source);
        }
    }

    /** The version a retirement started from. */
    record Retirement(Integer version) {}

    private final ClinicInstrumentSets sets;
    private final CurrentActor actor;

    InstrumentSetApi(ClinicInstrumentSets sets, CurrentActor actor) {
        this.sets = sets;
        this.actor = actor;
    }

    @GetMapping
    InstrumentSetsResponse overview() {
        return InstrumentSetsResponse.of(sets.overview(actor.get()));
    }

    @PostMapping
    ResponseEntity<ClinicSetResponse> create(@RequestBody SetBody body) {
        var created = sets.create(actor.get(), body.input());
        return ResponseEntity.created(URI.create("/api/follow-up/instrument-sets/" + created.setId()))
                .body(ClinicSetResponse.of(created));
    }

    @PutMapping("/{setId}")
    ClinicSetResponse revise(@PathVariable long setId, @RequestBody SetBody body) {
        return ClinicSetResponse.of(sets.revise(actor.get(), setId, body.input(), FollowupApi.version(body.version())));
    }

    @PostMapping("/{setId}/retirement")
    ClinicSetResponse retire(@PathVariable long setId, @RequestBody Retirement body) {
        return ClinicSetResponse.of(sets.retire(actor.get(), setId, FollowupApi.version(body.version())));
    }
}
