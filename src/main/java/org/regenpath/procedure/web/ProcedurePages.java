package org.regenpath.procedure.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.regenpath.identity.CurrentActor;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.procedure.ProcedureRecord;
import org.regenpath.procedure.Procedures;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The patient's procedure records and the form to record one (one site; the JSON API takes several). A refused
 * form comes back as typed with every error next to its field; a saved one redirects and says what was recorded.
 */
@Controller
@RequestMapping("/patients/{patientId}/procedures")
class ProcedurePages {

    private final Procedures procedures;
    private final PatientRegistry registry;
    private final CurrentActor actor;

    ProcedurePages(Procedures procedures, PatientRegistry registry, CurrentActor actor) {
        this.procedures = procedures;
        this.registry = registry;
        this.actor = actor;
    }

    @GetMapping
    String list(@PathVariable long patientId, @RequestParam(required = false) String productId, Model model) {
        ProcedureForm form = new ProcedureForm(productId, null, null, null, null, null, null, null);
        return page(actor.get(), patientId, form, Map.of(), model);
    }

    @PostMapping
    String record(@PathVariable long patientId, @ModelAttribute ProcedureForm form, Model model,
            RedirectAttributes flash) {
        Actor a = actor.get();
        Map<String, String> formErrors = new LinkedHashMap<>();
        try {
            ProcedureRecord saved = procedures.record(a, PatientId.of(patientId), form.toInput(formErrors));
            flash.addFlashAttribute("saved", confirmation(saved));
            return "redirect:/patients/" + patientId + "/procedures";
        } catch (InvalidInput e) {
            return page(a, patientId, form, ProcedureForm.byFormField(e.fieldErrors(), formErrors), model);
        } catch (Conflict e) {
            Map<String, String> errors = new LinkedHashMap<>(formErrors);
            errors.put("conflict", e.getMessage());
            return page(a, patientId, form, errors, model);
        }
    }

    /** What the clinician just recorded, in words: product, sites with volume, guidance. */
    static String confirmation(ProcedureRecord r) {
        String sites = r.sites().stream().map(s -> s.site().describe() + " " + s.volumeMl().toPlainString() + " mL"
                + (s.cells() == null ? "" : " (" + s.cells() + " cells)")).collect(Collectors.joining(", "));
        return "Procedure recorded for product " + r.productId() + ": " + sites + ", "
                + r.imageGuidance().label().toLowerCase(Locale.ROOT) + ".";
    }

    private String page(Actor a, long patientId, ProcedureForm form, Map<String, String> errors, Model model) {
        model.addAttribute("records", procedures.list(a, PatientId.of(patientId)));
        model.addAttribute("patient", registry.get(a, PatientId.of(patientId)));
        model.addAttribute("form", form);
        model.addAttribute("labels", ProcedureForm.LABELS);
        model.addAttribute("guidances", ImageGuidance.values());
        model.addAttribute("sides", Laterality.values());
        model.addAttribute("errors", errors);
        return "procedure/procedures";
    }
}
