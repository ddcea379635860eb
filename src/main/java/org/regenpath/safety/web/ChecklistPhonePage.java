package org.regenpath.safety.web;

import java.util.Map;
import org.regenpath.identity.CurrentActor;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.safety.Checklists;
import org.regenpath.safety.ChecklistView;
import org.regenpath.shared.InvalidInput;
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
 * A clinician or coordinator reads a patient's checklist, and enters the answers the patient gives on a call: they
 * are stored as told by phone, with the staff member's name and role. An answered checklist shows its answers and
 * who gave them; an unanswered one says so (it is not "no reaction").
 */
@Controller
@RequestMapping("/patients/{patientId}/checklists/{checklistId}")
class ChecklistPhonePage {

    private final Checklists checklists;
    private final CurrentActor actor;
    private final PatientRegistry registry;

    ChecklistPhonePage(Checklists checklists, CurrentActor actor, PatientRegistry registry) {
        this.checklists = checklists;
        this.actor = actor;
        this.registry = registry;
    }

    @GetMapping
    String show(@PathVariable long patientId, @PathVariable long checklistId, Model model) {
        ChecklistView checklist = checklists.get(actor.get(), PatientId.of(patientId), checklistId);
        ChecklistForm.show(checklist, Map.of(), Map.of(), model);
        model.addAttribute("patient", registry.get(actor.get(), PatientId.of(patientId)));
        return "safety/checklist-phone";
    }

    @PostMapping
    String post(@PathVariable long patientId, @PathVariable long checklistId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        PatientId patient = PatientId.of(patientId);
        ChecklistView checklist = checklists.get(actor.get(), patient, checklistId);
        try {
            ChecklistView answered = checklists.answer(actor.get(), patient, checklistId,
                    ChecklistForm.read(checklist, params));
            redirect.addFlashAttribute("message", answered.anyYes()
                    ? "Answers saved. Each \"yes\" is on the clinic's triage list for a clinician."
                    : "Answers saved: the patient has none of the reactions asked about.");
            return "redirect:/patients/" + patientId + "/checklists/" + checklistId;
        } catch (InvalidInput e) {
            ChecklistForm.show(checklist, params, e.fieldErrors(), model);
            model.addAttribute("patient", registry.get(actor.get(), patient));
            return "safety/checklist-phone";
        }
    }
}
