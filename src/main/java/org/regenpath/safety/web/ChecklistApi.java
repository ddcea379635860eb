package org.regenpath.safety.web;

import java.util.List;
import org.regenpath.identity.CurrentActor;
import org.regenpath.safety.ChecklistAnswers;
import org.regenpath.safety.Checklists;
import org.regenpath.shared.PatientId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The solicited checklists JSON API for the care team: a patient's checklists, one checklist, and answering one with
 * what the patient told them on a call (stored as told by phone). Errors are RFC 9457 ProblemDetails: an item not
 * answered or a "yes" without a severity is 400 naming the item, a second answer 409.
 */
@RestController
@RequestMapping("/api/patients/{patientId}/checklists")
class ChecklistApi {

    private final Checklists checklists;
    private final CurrentActor actor;

    ChecklistApi(Checklists checklists, CurrentActor actor) {
        this.checklists = checklists;
        this.actor = actor;
    }

    @GetMapping
    List<ChecklistResponse> list(@PathVariable long patientId) {
        return checklists.list(actor.get(), PatientId.of(patientId)).stream().map(ChecklistResponse::of).toList();
    }

    @GetMapping("/{checklistId}")
    ChecklistResponse get(@PathVariable long patientId, @PathVariable long checklistId) {
        return ChecklistResponse.of(checklists.get(actor.get(), PatientId.of(patientId), checklistId));
    }

    @PostMapping("/{checklistId}/answer")
    ChecklistResponse answer(@PathVariable long patientId, @PathVariable long checklistId,
            @RequestBody ChecklistAnswers body) {
        return ChecklistResponse.of(checklists.answer(actor.get(), PatientId.of(patientId), checklistId, body));
    }
}
