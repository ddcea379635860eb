package org.regenpath.intake.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.regenpath.identity.CurrentActor;
import org.regenpath.intake.ConditionCatalog;
import org.regenpath.intake.ConditionCategory;
import org.regenpath.intake.HealthFact;
import org.regenpath.intake.Laterality;
import org.regenpath.intake.PainCondition;
import org.regenpath.intake.PainProfile;
import org.regenpath.intake.PainProfiles;
import org.regenpath.intake.TreatmentCategory;
import org.regenpath.intake.TreatmentResponse;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pain profile pages: the profile, the add/edit condition form and "entered in error". Forms post back here;
 * errors show inline with the typed values kept, success redirects with a message (post-redirect-get).
 */
@Controller
@RequestMapping("/patients/{patientId}/pain-profile")
class PainProfilePages {

    private final PainProfiles profiles;
    private final ConditionCatalog catalog;
    private final PatientRegistry registry;
    private final CurrentActor actor;

    PainProfilePages(PainProfiles profiles, ConditionCatalog catalog, PatientRegistry registry, CurrentActor actor) {
        this.profiles = profiles;
        this.catalog = catalog;
        this.registry = registry;
        this.actor = actor;
    }

    /** A form never has more rows than a condition may have treatments; more is a tampered request. */
    @InitBinder("form")
    void limitRows(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(ConditionForm.MAX_ROWS);
    }

    @ExceptionHandler(InvalidPropertyException.class)
    String tooManyRows(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
        model.addAttribute("title", "Not saved");
        model.addAttribute("message", "The form has more treatment rows than a condition may have ("
                + ConditionForm.MAX_ROWS + ").");
        return "system/problem";
    }

    @GetMapping
    String profile(@PathVariable long patientId, Model model) {
        Actor a = actor.get();
        PatientId id = PatientId.of(patientId);
        PainProfile profile = profiles.profile(a, id);
        model.addAttribute("patient", registry.get(a, id));
        model.addAttribute("profile", profile);
        model.addAttribute("facts", HealthFact.values());
        return "intake/profile";
    }

    @GetMapping("/conditions/new")
    String newCondition(@PathVariable long patientId, Model model) {
        Actor a = actor.get();
        PatientId id = PatientId.of(patientId);
        profiles.profile(a, id);
        return form(a, id, ConditionForm.blankForm(), Map.of(), null, model);
    }

    @PostMapping("/conditions")
    String addCondition(
            @PathVariable long patientId, @ModelAttribute("form") ConditionForm form, Model model,
            RedirectAttributes redirect) {
        Actor a = actor.get();
        PatientId id = PatientId.of(patientId);
        ConditionForm.Parsed parsed = form.parse();
        try {
            PainCondition added = profiles.addCondition(a, id, parsed.input());
            redirect.addFlashAttribute("flash", added.conditionName() + " added.");
            return "redirect:/patients/" + patientId + "/pain-profile";
        } catch (InvalidInput e) {
            return form(a, id, form, parsed.merge(e.fieldErrors()), null, model);
        }
    }

    @GetMapping("/conditions/{conditionId}/edit")
    String editCondition(@PathVariable long patientId, @PathVariable long conditionId, Model model) {
        Actor a = actor.get();
        PatientId id = PatientId.of(patientId);
        PainCondition condition = profiles.condition(a, id, conditionId);
        if (condition.enteredInError()) {
            throw new Conflict("status", "This condition was marked entered in error and can no longer change.");
        }
        return form(a, id, ConditionForm.of(condition), Map.of(), conditionId, model);
    }

    @PostMapping("/conditions/{conditionId}")
    String updateCondition(
            @PathVariable long patientId, @PathVariable long conditionId, @ModelAttribute("form") ConditionForm form,
            Model model, RedirectAttributes redirect) {
        Actor a = actor.get();
        PatientId id = PatientId.of(patientId);
        ConditionForm.Parsed parsed = form.parse();
        try {
            PainCondition saved = profiles.updateCondition(a, id, conditionId, parsed.input(), form.versionNumber());
            redirect.addFlashAttribute("flash", saved.conditionName() + " saved.");
            return "redirect:/patients/" + patientId + "/pain-profile";
        } catch (InvalidInput e) {
            return form(a, id, form, parsed.merge(e.fieldErrors()), conditionId, model);
        } catch (Conflict e) {
            return form(a, id, form, Map.of(e.field() == null ? "version" : e.field(), e.getMessage()), conditionId,
                    model);
        }
    }

    @PostMapping("/conditions/{conditionId}/entered-in-error")
    String enteredInError(
            @PathVariable long patientId, @PathVariable long conditionId,
            @RequestParam(defaultValue = "-1") String version, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        Actor a = actor.get();
        PatientId id = PatientId.of(patientId);
        try {
            PainCondition marked = profiles.markEnteredInError(a, id, conditionId, parse(version), reason);
            redirect.addFlashAttribute("flash", marked.conditionName() + " marked as entered in error.");
        } catch (Conflict | InvalidInput e) {
            redirect.addFlashAttribute("problem", "Not changed: " + e.getMessage());
        }
        return "redirect:/patients/" + patientId + "/pain-profile";
    }

    private String form(
            Actor a, PatientId id, ConditionForm form, Map<String, String> errors, Long conditionId, Model model) {
        form.padRows();
        model.addAttribute("patient", registry.get(a, id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conditionId", conditionId);
        model.addAttribute("catalog", catalog.conditions());
        model.addAttribute("categories", ConditionCategory.values());
        model.addAttribute("bodySites", catalog.bodySites());
        model.addAttribute("lateralities", Laterality.values());
        model.addAttribute("treatmentCategories", TreatmentCategory.values());
        model.addAttribute("responses", TreatmentResponse.values());
        return "intake/condition-form";
    }

    private static int parse(String version) {
        try {
            return Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
