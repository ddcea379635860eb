package org.regenpath.intake.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.regenpath.identity.CurrentActor;
import org.regenpath.intake.CandidacyDecision;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.ClinicPolicyInput;
import org.regenpath.intake.ClinicScreeningPolicies;
import org.regenpath.intake.ConditionCatalog;
import org.regenpath.intake.PainCondition;
import org.regenpath.intake.PainProfiles;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The intake JSON API: the condition catalog, a patient's pain profile, candidacy screening and decisions.
 * Errors are RFC 9457 ProblemDetails with an {@code errors} map by field (see system's ApiProblems).
 */
@RestController
@RequestMapping("/api")
class IntakeApi {

    private final ConditionCatalog catalog;
    private final PainProfiles profiles;
    private final CandidacyScreening screening;
    private final ClinicScreeningPolicies policies;
    private final CurrentActor actor;

    IntakeApi(ConditionCatalog catalog, PainProfiles profiles, CandidacyScreening screening,
            ClinicScreeningPolicies policies, CurrentActor actor) {
        this.catalog = catalog;
        this.profiles = profiles;
        this.screening = screening;
        this.policies = policies;
        this.actor = actor;
    }

    /** The screening policy in force for the caller's clinic (clinic policy: thresholds no guideline sets). */
    @GetMapping("/clinic/screening-policy")
    ClinicPolicyResponse screeningPolicy() {
        return ClinicPolicyResponse.of(policies.current(actor.get()));
    }

    /** Records a new version of the clinic's screening policy; clinic admins only. */
    @PostMapping("/clinic/screening-policy")
    ResponseEntity<ClinicPolicyResponse> recordScreeningPolicy(@RequestBody ClinicPolicyInput body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ClinicPolicyResponse.of(policies.record(actor.get(), body)));
    }

    @GetMapping("/conditions")
    List<CatalogConditionResponse> conditions() {
        return catalog.list(actor.get()).stream().map(CatalogConditionResponse::of).toList();
    }

    @GetMapping("/patients/{patientId}/pain-profile")
    PainProfileResponse profile(@PathVariable long patientId) {
        return PainProfileResponse.of(profiles.profile(actor.get(), PatientId.of(patientId)));
    }

    @GetMapping("/patients/{patientId}/pain-profile/conditions/{conditionId}")
    PainConditionResponse condition(@PathVariable long patientId, @PathVariable long conditionId) {
        return PainConditionResponse.of(profiles.condition(actor.get(), PatientId.of(patientId), conditionId));
    }

    @PostMapping("/patients/{patientId}/pain-profile/conditions")
    ResponseEntity<PainConditionResponse> addCondition(
            @PathVariable long patientId, @Valid @RequestBody ConditionRequest body) {
        PainCondition added = profiles.addCondition(actor.get(), PatientId.of(patientId), body.toInput());
        return ResponseEntity.created(URI.create(
                        "/api/patients/" + patientId + "/pain-profile/conditions/" + added.id()))
                .body(PainConditionResponse.of(added));
    }

    @PutMapping("/patients/{patientId}/pain-profile/conditions/{conditionId}")
    PainConditionResponse updateCondition(
            @PathVariable long patientId,
            @PathVariable long conditionId,
            @Valid @RequestBody ConditionRequest body) {
        if (body.version() == null) {
            throw InvalidInput.of("version", "Send the version you edited");
        }
        return PainConditionResponse.of(profiles.updateCondition(
                actor.get(), PatientId.of(patientId), conditionId, body.toInput(), body.version()));
    }

    @PostMapping("/patients/{patientId}/pain-profile/conditions/{conditionId}/entered-in-error")
    PainConditionResponse enteredInError(
            @PathVariable long patientId,
            @PathVariable long conditionId,
            @Valid @RequestBody EnteredInErrorRequest body) {
        return PainConditionResponse.of(profiles.markEnteredInError(
                actor.get(), PatientId.of(patientId), conditionId, body.version(), body.reason()));
    }

    @GetMapping("/patients/{patientId}/pain-profile/health-screen")
    HealthScreenResponse healthScreen(@PathVariable long patientId) {
        return HealthScreenResponse.of(profiles.healthScreen(actor.get(), PatientId.of(patientId)));
    }

    @PutMapping("/patients/{patientId}/pain-profile/health-screen")
    HealthScreenResponse updateHealthScreen(
            @PathVariable long patientId, @Valid @RequestBody HealthScreenRequest body) {
        return HealthScreenResponse.of(
                profiles.updateHealthScreen(actor.get(), PatientId.of(patientId), body.toInput(), body.version()));
    }

    @GetMapping("/patients/{patientId}/screening")
    ScreeningEvaluationResponse screening(@PathVariable long patientId) {
        return ScreeningEvaluationResponse.of(screening.evaluate(actor.get(), PatientId.of(patientId)));
    }

    @GetMapping("/patients/{patientId}/screening/decisions")
    List<CandidacyDecisionResponse> decisions(@PathVariable long patientId) {
        return screening.decisions(actor.get(), PatientId.of(patientId)).stream().map(CandidacyDecisionResponse::of)
                .toList();
    }

    @PostMapping("/patients/{patientId}/screening/decisions")
    ResponseEntity<CandidacyDecisionResponse> decide(
            @PathVariable long patientId, @Valid @RequestBody DecisionRequest body) {
        CandidacyDecision decision = screening.decide(actor.get(), PatientId.of(patientId), body.toInput());
        return ResponseEntity.created(URI.create("/api/patients/" + patientId + "/screening/decisions"))
                .body(CandidacyDecisionResponse.of(decision));
    }
}
