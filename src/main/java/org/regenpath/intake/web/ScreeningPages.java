package org.regenpath.intake.web;

import java.util.Map;
import org.regenpath.identity.CurrentActor;
import org.regenpath.intake.CandidacyDecision;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.ScreeningEvaluation;
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

/**
 * The candidacy screening page: the evaluated outcome, every finding with its rule and source, the evidence
 * level per condition, the decision form (clinicians only) and the decision history.
 */
@Controller
@RequestMapping("/patients/{patientId}/screening")
class ScreeningPages {

    private final CandidacyScreening screening;
    private final PatientRegistry registry;
    private final CurrentActor actor;

    ScreeningPages(CandidacyScreening screening, PatientRegistry registry, CurrentActor actor) {
        this.screening = screening;
        this.registry = registry;
        this.actor = actor;
    }

    @GetMapping
    String screening(@PathVariable long patientId, Model model) {
        return page(actor.get(), PatientId.of(patientId), new DecisionForm(), Map.of(), model);
    }

    @PostMapping("/decisions")
    String decide(
            @PathVariable long patientId, @ModelAttribute("decision") DecisionForm form, Model model,
            RedirectAttributes redirect) {
        Actor a = actor.get();
        PatientId id = PatientId.of(patientId);
        try {
            CandidacyDecision decision = screening.decide(a, id, form.toInput());
            redirect.addFlashAttribute("flash", "Decision recorded: " + decision.outcome().label()
                    + (decision.overridden() ? " (override)." : "."));
            return "redirect:/patients/" + patientId + "/screening";
        } catch (InvalidInput e) {
            return page(a, id, form, e.fieldErrors(), model);
        } catch (Conflict e) {
            return page(a, id, form, Map.of(e.field() == null ? "evaluatedOutcome" : e.field(), e.getMessage()),
                    model);
        }
    }

    private String page(Actor a, PatientId id, DecisionForm form, Map<String, String> errors, Model model) {
        ScreeningEvaluation evaluation = screening.evaluate(a, id);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("decisions", screening.decisions(a, id));
        model.addAttribute("patient", registry.get(a, id));
        model.addAttribute("decision", form);
        model.addAttribute("errors", errors);
        model.addAttribute("choices", new Outcome[] {Outcome.ELIGIBLE, Outcome.TRIAL_ONLY, Outcome.NOT_ELIGIBLE});
        return "intake/screening";
    }
}
