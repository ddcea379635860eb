package org.regenpath.safety.web;

import java.util.Map;
import org.regenpath.safety.Checklists;
import org.regenpath.safety.ChecklistView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A patient answers one of their own checklists on their phone: each question yes or no, and for a "yes" how bad it
 * is. Another patient's checklist is not found (the registry and the service refuse it and audit the attempt).
 */
@Controller
@RequestMapping("/portal/checklists/{checklistId}")
class ChecklistPortalPage {

    private final Checklists checklists;

    ChecklistPortalPage(Checklists checklists) {
        this.checklists = checklists;
    }

    @GetMapping
    String show(Actor actor, @PathVariable long checklistId, Model model) {
        ChecklistForm.show(checklists.get(actor, actor.patientId(), checklistId), Map.of(), Map.of(), model);
        return "safety/checklist-portal";
    }

    @PostMapping
    String post(Actor actor, @PathVariable long checklistId, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        ChecklistView checklist = checklists.get(actor, actor.patientId(), checklistId);
        try {
            ChecklistView answered = checklists.answer(actor, actor.patientId(), checklistId,
                    ChecklistForm.read(checklist, params));
            redirect.addFlashAttribute("message", answered.anyYes()
                    ? "Thank you. Your clinic will look at what you told us. If it gets worse, call your clinic."
                    : "Thank you, your answers were sent to your clinic.");
            return "redirect:/portal";
        } catch (InvalidInput e) {
            ChecklistForm.show(checklist, params, e.fieldErrors(), model);
            return "safety/checklist-portal";
        }
    }
}
