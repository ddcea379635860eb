package org.regenpath.followup.web;

import java.util.Map;
import org.regenpath.followup.FollowupResponses;
import org.regenpath.followup.QuestionnaireTask;
import org.regenpath.identity.CurrentActor;
import org.regenpath.identity.Dates;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The care team enters a questionnaire the patient answered by phone or on paper, with the day the patient answered;
 * the response is stored with that day, when it was entered and the staff member's name and role, so the registry
 * can tell it from the patient's own and count it on the day it was answered.
 */
@Controller
@RequestMapping("/patients/{patientId}/follow-up/tasks/{taskId}")
class ResponseEntryPages {

    private final FollowupResponses responses;
    private final CurrentActor actor;
    private final PatientRegistry registry;
    private final Dates dates;

    ResponseEntryPages(FollowupResponses responses, CurrentActor actor, PatientRegistry registry, Dates dates) {
        this.dates = dates;
        this.responses = responses;
        this.registry = registry;
        this.actor = actor;
    }

    @GetMapping
    String show(@PathVariable long patientId, @PathVariable long taskId, Model model) {
        QuestionnaireTask task = responses.open(actor.get(), PatientId.of(patientId), taskId);
        QuestionnaireForm.show(task, task.answers(), Map.of(), model);
        staffEntry(patientId, model);
        return "followup/enter";
    }

    @PostMapping
    String post(@PathVariable long patientId, @PathVariable long taskId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        QuestionnaireForm.Outcome outcome = QuestionnaireForm.post(responses, actor.get(), PatientId.of(patientId),
                taskId, params, model);
        return switch (outcome) {
            case SAVED -> {
                redirect.addFlashAttribute("message", "Answers saved; the questionnaire is not submitted yet.");
                yield "redirect:/patients/" + patientId + "/follow-up/tasks/" + taskId;
            }
            case SUBMITTED -> {
                redirect.addFlashAttribute("message", "Questionnaire submitted and scored.");
                yield "redirect:/patients/" + patientId + "/follow-up/tasks/" + taskId;
            }
            case SHOW_AGAIN -> {
                staffEntry(patientId, model);
                yield "followup/enter";
            }
        };
    }

    /** The entry page asks the day the patient answered; it cannot be later than today. */
    private void staffEntry(long patientId, Model model) {
        model.addAttribute("patientId", patientId);
        model.addAttribute("patient", registry.get(actor.get(), PatientId.of(patientId)));
        model.addAttribute("today", dates.today());
        model.addAttribute("staffEntry", true);
    }
}
