package org.regenpath.patient.web;

import java.time.LocalDate;
import java.util.List;
import org.regenpath.identity.CurrentActor;
import org.regenpath.patient.ChartOverview;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.patient.PortalInvitations;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Patient list and search, registration, the chart overview, editing and the chart's history. */
@Controller
class PatientPages {

    private final PatientRegistry registry;
    private final PortalInvitations invitations;
    private final ChartOverview overview;
    private final CurrentActor actor;

    PatientPages(PatientRegistry registry, PortalInvitations invitations, ChartOverview overview,
            CurrentActor actor) {
        this.registry = registry;
        this.invitations = invitations;
        this.overview = overview;
        this.actor = actor;
    }

    @ModelAttribute("sexes")
    SexAtBirth[] sexes() {
        return SexAtBirth.values();
    }

    @GetMapping("/patients")
    String list(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "born", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate born,
            Model model) {
        List<PatientView> patients;
        try {
            patients = registry.search(actor.get(), q, born);
        } catch (InvalidInput e) {
            model.addAttribute("searchError", e.fieldErrors().values().iterator().next());
            patients = List.of();
        }
        model.addAttribute("patients", patients);
        model.addAttribute("q", q);
        model.addAttribute("born", born);
        return "patient/list";
    }

    @GetMapping("/patients/new")
    String newForm(Model model) {
        registry.checkMayRegister(actor.get());
        model.addAttribute("form", new PatientForm());
        return "patient/form";
    }

    @PostMapping("/patients")
    String register(
            @ModelAttribute("form") PatientForm form, BindingResult binding, RedirectAttributes flash) {
        if (binding.hasErrors()) {
            return "patient/form";
        }
        try {
            PatientView created = registry.register(actor.get(), form.toDetails());
            flash.addFlashAttribute("saved", "Patient registered with MRN " + created.mrn() + ".");
            return "redirect:/patients/" + created.id().value();
        } catch (InvalidInput e) {
            e.fieldErrors().forEach((field, message) -> binding.rejectValue(field, "invalid", message));
        } catch (Conflict e) {
            binding.rejectValue(e.field() == null ? "mrn" : e.field(), "conflict", e.getMessage());
        }
        return "patient/form";
    }

    @GetMapping("/patients/{id}")
    String chart(@PathVariable("id") long id, Model model) {
        model.addAttribute("patient", registry.get(actor.get(), PatientId.of(id)));
        model.addAttribute("portal", invitations.access(actor.get(), PatientId.of(id)));
        model.addAttribute("standing", overview.overview(actor.get(), PatientId.of(id)));
        return "patient/chart";
    }

    @GetMapping("/patients/{id}/edit")
    String editForm(@PathVariable("id") long id, Model model) {
        PatientView patient = registry.get(actor.get(), PatientId.of(id));
        model.addAttribute("patient", patient);
        model.addAttribute("form", PatientForm.of(patient));
        return "patient/form";
    }

    @PostMapping("/patients/{id}")
    String update(
            @PathVariable("id") long id,
            @ModelAttribute("form") PatientForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        if (!binding.hasErrors()) {
            try {
                registry.update(actor.get(), PatientId.of(id), form.toDetails(), form.getVersion());
                flash.addFlashAttribute("saved", "Changes saved.");
                return "redirect:/patients/" + id;
            } catch (InvalidInput e) {
                e.fieldErrors().forEach((field, message) -> binding.rejectValue(field, "invalid", message));
            } catch (Conflict e) {
                binding.reject("conflict", e.getMessage());
            }
        }
        model.addAttribute("patient", registry.get(actor.get(), PatientId.of(id)));
        return "patient/form";
    }

    @GetMapping("/patients/{id}/history")
    String history(@PathVariable("id") long id, Model model) {
        PatientId patientId = PatientId.of(id);
        model.addAttribute("history", registry.history(actor.get(), patientId, 200));
        model.addAttribute("patient", registry.get(actor.get(), patientId));
        return "patient/history";
    }
}
