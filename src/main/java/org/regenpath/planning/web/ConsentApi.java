package org.regenpath.planning.web;

import java.net.URI;
import org.regenpath.identity.CurrentActor;
import org.regenpath.planning.ConsentSigning;
import org.regenpath.planning.ConsentView;
import org.regenpath.planning.PlanConsents;
import org.regenpath.shared.PatientId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Consent to a plan version as JSON: the document rendered for the version with every consent and its
 * signatures; signing (the patient's typed name and the clinician's e-mail and password re-entered, with the
 * document's sha256 as shown); withdrawal. Errors are RFC 9457 ProblemDetails with an {@code errors} map.
 */
@RestController
@RequestMapping("/api/patients/{patientId}/plans/{planId}/versions/{number}/consent")
class ConsentApi {

    /** A withdrawal: the reason the patient gave. */
    record WithdrawalRequest(String reason) {}

    private final PlanConsents consents;
    private final CurrentActor actor;

    ConsentApi(PlanConsents consents, CurrentActor actor) {
        this.consents = consents;
        this.actor = actor;
    }

    @GetMapping
    ConsentResponse get(@PathVariable long patientId, @PathVariable long planId, @PathVariable int number) {
        return ConsentResponse.of(consents.view(actor.get(), PatientId.of(patientId), planId, number));
    }

    @PostMapping
    ResponseEntity<ConsentResponse> sign(@PathVariable long patientId, @PathVariable long planId,
            @PathVariable int number, @RequestBody ConsentSigning body) {
        ConsentView view = consents.sign(actor.get(), PatientId.of(patientId), planId, number, body);
        return ResponseEntity.created(URI.create("/api/patients/" + patientId + "/plans/" + planId + "/versions/"
                + number + "/consent")).body(ConsentResponse.of(view));
    }

    @PostMapping("/withdrawal")
    ConsentResponse withdraw(@PathVariable long patientId, @PathVariable long planId, @PathVariable int number,
            @RequestBody WithdrawalRequest body) {
        return ConsentResponse.of(consents.withdraw(actor.get(), PatientId.of(patientId), planId, number,
                body == null ? null : body.reason()));
    }
}
