package org.regenpath.followup.web;

import java.util.Map;
import org.regenpath.followup.FollowupResponses;
import org.regenpath.followup.QuestionnaireTask;
import org.regenpath.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A patient answers one of their own questionnaires on their phone: partial answers are saved, the answers are
 * submitted once. A task of another patient is not found (the registry refuses it and audits the attempt).
 */
@Controller
@RequestMapping("/portal/questionnaires/{taskId}")
class PortalQuestionnaires {

    private final FollowupResponses responses;

    PortalQuestionnaires(FollowupResponses responses) {
        this.responses = responses;
    }

    @GetMapping
    String show(Actor actor, @PathVariable long taskId, Model model) {
        QuestionnaireTask task = responses.open(actor, actor.patientId(), taskId);
        QuestionnaireForm.show(task, task.answers(), Map.of(), model);
        return "followup/portal-questionnaire";
    }

    @PostMapping
    String post(Actor actor, @PathVariable long taskId, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        return switch (QuestionnaireForm.post(responses, actor, actor.patientId(), taskId, params, model)) {
            case SAVED -> {
                redirect.addFlashAttribute("message", "Your answers are saved. You can finish later.");
                yield "redirect:/portal";
            }
            case SUBMITTED -> {
                redirect.addFlashAttribute("message", "Thank you, your answers were sent to your clinic.");
                yield "redirect:/portal";
            }
            case SHOW_AGAIN -> "followup/portal-questionnaire";
        };
    }
}
