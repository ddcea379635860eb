package org.regenpath.intake.web;

import java.util.Map;
import org.regenpath.identity.CurrentActor;
import org.regenpath.intake.Answer;
import org.regenpath.intake.HealthFact;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The health-screen form of the pain profile. */
@Controller
@RequestMapping("/patients/{patientId}/pain-profile/health-screen")
class HealthScreenPages {

    private final PainProfiles profiles;
    private final PatientRegistry registry;
    private final CurrentActor actor;

    HealthScreenPages(PainProfiles profiles, PatientRegistry registry, CurrentActor actor) {
        this.profiles = profiles;
        this.registry = registry;
        this.actor = actor;
    }

    @GetMapping
    String form(@PathVariable long patientId, Model model) {
        Actor a = actor.get();
        PatientId id = PatientId.of(patientId);
        HealthScreenForm form = HealthScreenForm.of(profiles.healthScreen(a, id));
        return page(a, id, form, Map.of(), model);
    }

    @PostMapping
    String save(
            @PathVariable long patientId, @ModelAttribute("form") HealthScreenForm form, Model model,
            RedirectAttributes redirect) {
        Actor a = actor.get();
        PatientId id = PatientId.of(patientId);
        Map<String, String> notNumbers = form.notNumbers();
        if (!notNumbers.isEmpty()) {
            // The page is read through the registry, which authorises the actor before any field is answered.
            return page(a, id, form, notNumbers, model);
        }
        try {
            profiles.updateHealthScreen(a, id, form.toInput(), form.versionNumber());
            redirect.addFlashAttribute("flash", "Health screen saved.");
            return "redirect:/patients/" + patientId + "/pain-profile";
        } catch (InvalidInput e) {
            return page(a, id, form, e.fieldErrors(), model);
        } catch (Conflict e) {
            return page(a, id, form, Map.of("version", e.getMessage()), model);
        }
    }

    private String page(Actor a, PatientId id, HealthScreenForm form, Map<String, String> errors, Model model) {
        model.addAttribute("patient", registry.get(a, id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("facts", HealthFact.values());
        model.addAttribute("answers", Answer.values());
        return "intake/health-screen-form";
    }
}
