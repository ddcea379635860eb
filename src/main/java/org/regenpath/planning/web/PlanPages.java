package org.regenpath.planning.web;

import java.util.List;
import java.util.Map;
import org.regenpath.identity.CurrentActor;
import org.regenpath.intake.PainCondition;
import org.regenpath.intake.PainProfiles;
import org.regenpath.planning.ClassificationView;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.planning.IntendedUse;
import org.regenpath.planning.Manipulation;
import org.regenpath.planning.PlanView;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.Actor;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan pages: a patient's plans with the editor for a new one, and a plan with its versions, its regulatory
 * class and reasons, the editor for the next draft and the approval form. The editor shows the class live: every
 * change of a regulatory answer posts the answers (htmx) and swaps in the classification fragment.
 */
@Controller
@RequestMapping("/patients/{patientId}/plans")
class PlanPages {

    private final TreatmentPlans plans;
    private final PainProfiles profiles;
    private final CurrentActor actor;

    PlanPages(TreatmentPlans plans, PainProfiles profiles, CurrentActor actor) {
        this.plans = plans;
        this.profiles = profiles;
        this.actor = actor;
    }

    @GetMapping
    String list(@PathVariable long patientId, Model model) {
        return listPage(actor.get(), PatientId.of(patientId), PlanForm.empty(), Map.of(), model);
    }

    @PostMapping
    String create(@PathVariable long patientId, @ModelAttribute("plan") PlanForm form, Model model) {
        Actor a = actor.get();
        try {
            PlanView plan = plans.create(a, PatientId.of(patientId), form.toInput());
            return "redirect:/patients/" + patientId + "/plans/" + plan.id();
        } catch (InvalidInput e) {
            return listPage(a, PatientId.of(patientId), form, e.fieldErrors(), model);
        } catch (Conflict e) {
            return listPage(a, PatientId.of(patientId), form, Map.of("conflict", e.getMessage()), model);
        }
    }

    @GetMapping("/{planId}")
    String plan(@PathVariable long patientId, @PathVariable long planId, Model model) {
        return planPage(actor.get(), PatientId.of(patientId), planId, null, Map.of(), model);
    }

    @PostMapping("/{planId}")
    String edit(@PathVariable long patientId, @PathVariable long planId, @ModelAttribute("plan") PlanForm form,
            Model model, RedirectAttributes redirect) {
        Actor a = actor.get();
        try {
            plans.edit(a, PatientId.of(patientId), planId, form.toInput(), form.version() == null ? -1
                    : form.version());
            redirect.addFlashAttribute("flash", "Draft saved.");
            return "redirect:/patients/" + patientId + "/plans/" + planId;
        } catch (InvalidInput e) {
            return planPage(a, PatientId.of(patientId), planId, form, e.fieldErrors(), model);
        } catch (Conflict e) {
            return planPage(a, PatientId.of(patientId), planId, form, Map.of("conflict", e.getMessage()), model);
        }
    }

    @PostMapping("/{planId}/approval")
    String approve(@PathVariable long patientId, @PathVariable long planId,
            @ModelAttribute ApprovalRequest approval, Model model, RedirectAttributes redirect) {
        Actor a = actor.get();
        try {
            plans.approve(a, PatientId.of(patientId), planId, approval.toRecord(), approval.expectedVersion());
            redirect.addFlashAttribute("flash", "Plan approved.");
            return "redirect:/patients/" + patientId + "/plans/" + planId;
        } catch (InvalidInput e) {
            return planPage(a, PatientId.of(patientId), planId, null, e.fieldErrors(), model);
        } catch (Conflict e) {
            return planPage(a, PatientId.of(patientId), planId, null, Map.of("conflict", e.getMessage()), model);
        }
    }

    /** The classification fragment for the editor's current answers; nothing is saved. */
    @PostMapping("/classification")
    String classify(@PathVariable long patientId, @ModelAttribute("plan") PlanForm form, Model model) {
        try {
            model.addAttribute("classification", plans.classify(actor.get(), form.pathway()));
            model.addAttribute("classificationErrors", Map.of());
        } catch (InvalidInput e) {
            model.addAttribute("classification", null);
            model.addAttribute("classificationErrors", e.fieldErrors());
        }
        return "planning/fragments :: classification";
    }

    private String listPage(Actor a, PatientId patient, PlanForm form, Map<String, String> errors, Model model) {
        model.addAttribute("plans", plans.list(a, patient));
        editor(a, patient, form, errors, model);
        return "planning/plans";
    }

    private String planPage(Actor a, PatientId patient, long planId, PlanForm form, Map<String, String> errors,
            Model model) {
        PlanView plan = plans.get(a, patient, planId);
        model.addAttribute("planView", plan);
        editor(a, patient, form != null ? form : PlanForm.of(plan.versions().get(plan.versions().size() - 1)
                .details(), plan.version()), errors, model);
        return "planning/plan";
    }

    private void editor(Actor a, PatientId patient, PlanForm form, Map<String, String> errors, Model model) {
        boolean editor = a.hasRole(Role.CLINICIAN, Role.COORDINATOR);
        List<PainCondition> conditions = editor ? profiles.profile(a, patient).activeConditions() : List.of();
        model.addAttribute("patientId", patient.value());
        model.addAttribute("plan", form);
        model.addAttribute("errors", errors);
        model.addAttribute("editor", editor);
        model.addAttribute("conditions", conditions);
        model.addAttribute("sources", CellSource.values());
        model.addAttribute("types", ProductType.values());
        model.addAttribute("manipulations", Manipulation.values());
        model.addAttribute("uses", IntendedUse.values());
        model.addAttribute("guidances", ImageGuidance.values());
        model.addAttribute("sides", Laterality.values());
        model.addAttribute("classification", null);
        model.addAttribute("classificationErrors", Map.of());
        try {
            ClassificationView live = form.cellSource() == null ? null : plans.classify(a, form.pathway());
            model.addAttribute("classification", live);
        } catch (InvalidInput e) {
            model.addAttribute("classificationErrors", e.fieldErrors());
        }
    }
}
