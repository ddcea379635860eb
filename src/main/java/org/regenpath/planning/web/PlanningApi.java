package org.regenpath.planning.web;

import java.net.URI;
import java.util.List;
import org.regenpath.identity.CurrentActor;
import org.regenpath.planning.PlanInput;
import org.regenpath.planning.PlanView;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The treatment planning JSON API: a patient's plans, drafts, approval, and the regulatory classification of a
 * proposed plan. Errors are RFC 9457 ProblemDetails with an {@code errors} map by field.
 */
@RestController
@RequestMapping("/api")
class PlanningApi {

    private final TreatmentPlans plans;
    private final CurrentActor actor;

    PlanningApi(TreatmentPlans plans, CurrentActor actor) {
        this.plans = plans;
        this.actor = actor;
    }

    @GetMapping("/patients/{patientId}/plans")
    List<PlanResponse> list(@PathVariable long patientId) {
        return plans.list(actor.get(), PatientId.of(patientId)).stream().map(PlanResponse::of).toList();
    }

    @PostMapping("/patients/{patientId}/plans")
    ResponseEntity<PlanResponse> create(@PathVariable long patientId, @RequestBody PlanRequest body) {
        PlanView plan = plans.create(actor.get(), PatientId.of(patientId), body.toInput());
        return ResponseEntity.created(URI.create("/api/patients/" + patientId + "/plans/" + plan.id()))
                .body(PlanResponse.of(plan));
    }

    @GetMapping("/patients/{patientId}/plans/{planId}")
    PlanResponse get(@PathVariable long patientId, @PathVariable long planId) {
        return PlanResponse.of(plans.get(actor.get(), PatientId.of(patientId), planId));
    }

    @PutMapping("/patients/{patientId}/plans/{planId}")
    PlanResponse edit(@PathVariable long patientId, @PathVariable long planId, @RequestBody PlanRequest body) {
        if (body.version() == null) {
            throw InvalidInput.of("version", "Send the version you edited");
        }
        return PlanResponse.of(plans.edit(actor.get(), PatientId.of(patientId), planId, body.toInput(),
                body.version()));
    }

    @PostMapping("/patients/{patientId}/plans/{planId}/approval")
    PlanResponse approve(@PathVariable long patientId, @PathVariable long planId,
            @RequestBody ApprovalRequest body) {
        return PlanResponse.of(plans.approve(actor.get(), PatientId.of(patientId), planId, body.toRecord(),
                body.expectedVersion()));
    }

    @PostMapping("/regulatory-classification")
    ClassificationResponse classify(@RequestBody PlanInput.PathwayInput body) {
        return ClassificationResponse.of(plans.classify(actor.get(), body));
    }
}
