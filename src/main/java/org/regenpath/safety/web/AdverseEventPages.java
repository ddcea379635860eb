package org.regenpath.safety.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.regenpath.identity.CurrentActor;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.safety.AdverseEvent;
import org.regenpath.safety.AdverseEventInput;
import org.regenpath.safety.AdverseEventOutcome;
import org.regenpath.safety.AdverseEvents;
import org.regenpath.safety.Detection;
import org.regenpath.safety.Relatedness;
import org.regenpath.safety.ReportingClocks;
import org.regenpath.safety.SeriousnessCriterion;
import org.regenpath.safety.Triage;
import org.regenpath.safety.TriageEntry;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chart's Safety tab (the patient's adverse events), the event form (new, from a triage item, and edit, with
 * each grade's definition beside its choice) and the event page with every version. A refused form comes back as
 * typed with each message beside its field.
 */
@Controller
class AdverseEventPages {

    private final AdverseEvents events;
    private final Triage triage;
    private final PatientRegistry registry;
    private final CurrentActor actor;
    private final ReportingClocks clocks;
    private final Clock clock;

    AdverseEventPages(AdverseEvents events, Triage triage, PatientRegistry registry, CurrentActor actor,
            ReportingClocks clocks, Clock clock) {
        this.events = events;
        this.triage = triage;
        this.registry = registry;
        this.actor = actor;
        this.clocks = clocks;
        this.clock = clock;
    }

    @GetMapping("/patients/{patientId}/safety")
    String chart(@PathVariable long patientId, Model model) {
        Actor a = actor.get();
        model.addAttribute("events", events.list(a, PatientId.of(patientId)));
        model.addAttribute("patient", registry.get(a, PatientId.of(patientId)));
        return "safety/events";
    }

    @GetMapping("/patients/{patientId}/safety/events/new")
    String newEvent(@PathVariable long patientId, @RequestParam(required = false) Long triageItem, Model model) {
        Actor a = actor.get();
        AdverseEventForm form = AdverseEventForm.empty();
        if (triageItem != null) {
            TriageEntry e = triage.get(a, triageItem);
            form = new AdverseEventForm(String.valueOf(triageItem), e.item().procedureId() == null ? null
                    : e.item().procedureId().toString(), null, e.item().termKey(), null, e.whatReported(),
                    null, null, java.util.List.of(), null, null, null, null, null, null, null,
                    e.detection().name(), null);
        }
        return form(a, patientId, null, form, Map.of(), model);
    }

    @PostMapping("/patients/{patientId}/safety/events")
    String record(@PathVariable long patientId, @ModelAttribute AdverseEventForm form, Model model,
            RedirectAttributes flash) {
        Actor a = actor.get();
        Map<String, String> formErrors = new LinkedHashMap<>();
        try {
            AdverseEventInput in = form.toInput(formErrors);
            AdverseEvent saved = form.triageItem() == null || form.triageItem().isBlank()
                    ? events.record(a, PatientId.of(patientId), in)
                    : triage.confirm(a, Long.parseLong(form.triageItem().strip()), in);
            flash.addFlashAttribute("saved", "Adverse event recorded: " + saved.details().termName() + ".");
            return "redirect:/safety/events/" + saved.id();
        } catch (InvalidInput e) {
            return form(a, patientId, null, form, AdverseEventForm.byField(e.fieldErrors(), formErrors), model);
        } catch (Conflict e) {
            Map<String, String> errors = new LinkedHashMap<>(formErrors);
            errors.put("conflict", e.getMessage());
            return form(a, patientId, null, form, errors, model);
        }
    }

    @GetMapping("/safety/events/{eventId}")
    String event(@PathVariable long eventId, Model model) {
        Actor a = actor.get();
        AdverseEvent event = events.get(a, eventId);
        model.addAttribute("event", event);
        model.addAttribute("patient", registry.get(a, event.patientId()));
        model.addAttribute("expectedBecause", events.expectedBecause(event.details().term().key()).orElse(null));
        model.addAttribute("clocks", clocks.ofEvent(a, event.patientId(), eventId));
        model.addAttribute("reportingBasis", events.reportingBasis(a, event));
        model.addAttribute("now", Instant.now(clock));
        model.addAttribute("clinician", a.hasRole(org.regenpath.shared.Role.CLINICIAN));
        return "safety/event";
    }

    @GetMapping("/safety/events/{eventId}/edit")
    String edit(@PathVariable long eventId, Model model) {
        Actor a = actor.get();
        AdverseEvent event = events.get(a, eventId);
        return form(a, event.patientId().value(), event, AdverseEventForm.of(event.details()), Map.of(), model);
    }

    @PostMapping("/safety/events/{eventId}")
    String revise(@PathVariable long eventId, @RequestParam int version, @ModelAttribute AdverseEventForm form,
            Model model, RedirectAttributes flash) {
        Actor a = actor.get();
        Map<String, String> formErrors = new LinkedHashMap<>();
        try {
            AdverseEvent saved = events.revise(a, eventId, version, form.toInput(formErrors));
            flash.addFlashAttribute("saved", "Saved as version " + saved.current().number() + ".");
            return "redirect:/safety/events/" + eventId;
        } catch (InvalidInput | Conflict e) {
            AdverseEvent event = events.get(a, eventId);
            Map<String, String> errors = e instanceof InvalidInput i
                    ? AdverseEventForm.byField(i.fieldErrors(), formErrors)
                    : Map.of("conflict", e.getMessage());
            return form(a, event.patientId().value(), event, form, errors, model);
        }
    }

    private String form(Actor a, long patientId, AdverseEvent editing, AdverseEventForm form,
            Map<String, String> errors, Model model) {
        PatientId patient = PatientId.of(patientId);
        model.addAttribute("patient", registry.get(a, patient));
        model.addAttribute("procedures", events.procedureChoices(a, patient));
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("labels", AdverseEventForm.LABELS);
        model.addAttribute("terms", events.terms().all());
        // The grade choices show the chosen term's definitions; before a term is chosen, CTCAE's general ones.
        model.addAttribute("shownTerm", events.terms().byKey(form.term())
                .orElseGet(() -> events.terms().byKey("other").orElseThrow()));
        model.addAttribute("criteria", SeriousnessCriterion.values());
        model.addAttribute("relatedness", Relatedness.values());
        model.addAttribute("outcomes", AdverseEventOutcome.values());
        model.addAttribute("detections", Detection.values());
        model.addAttribute("clinician", a.hasRole(org.regenpath.shared.Role.CLINICIAN));
        model.addAttribute("expectedBecause", form.term() == null ? null
                : events.expectedBecause(form.term()).orElse(null));
        return "safety/event-form";
    }
}
