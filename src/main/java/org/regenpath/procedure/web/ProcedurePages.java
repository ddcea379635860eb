package org.regenpath.procedure.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.regenpath.identity.CurrentActor;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.procedure.ProcedureInput;
import org.regenpath.procedure.Procedures;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The patient's procedure records and the form to record one (one site; the JSON API takes several). */
@Controller
@RequestMapping("/patients/{patientId}/procedures")
class ProcedurePages {

    private final Procedures procedures;
    private final CurrentActor actor;

    ProcedurePages(Procedures procedures, CurrentActor actor) {
        this.procedures = procedures;
        this.actor = actor;
    }

    @GetMapping
    String list(@PathVariable long patientId, @RequestParam(required = false) String productId, Model model) {
        return page(actor.get(), patientId, productId, Map.of(), model);
    }

    @PostMapping
    String record(@PathVariable long patientId, @RequestParam(required = false) String productId,
            @RequestParam(required = false) ImageGuidance imageGuidance,
            @RequestParam(required = false) String siteRegion,
            @RequestParam(required = false) Laterality siteLaterality,
            @RequestParam(required = false) BigDecimal volumeMl, @RequestParam(required = false) Long cells,
            @RequestParam(required = false) String complications,
            @RequestParam(required = false) String instructions, Model model) {
        Actor a = actor.get();
        try {
            procedures.record(a, PatientId.of(patientId), new ProcedureInput(productId, null, imageGuidance,
                    List.of(new ProcedureInput.SiteInput(siteRegion, siteLaterality, volumeMl, cells)), complications,
                    instructions));
            return "redirect:/patients/" + patientId + "/procedures";
        } catch (InvalidInput e) {
            return page(a, patientId, productId, e.fieldErrors(), model);
        } catch (Conflict e) {
            return page(a, patientId, productId, Map.of("conflict", e.getMessage()), model);
        }
    }

    private String page(Actor a, long patientId, String productId, Map<String, String> errors, Model model) {
        model.addAttribute("records", procedures.list(a, PatientId.of(patientId)));
        model.addAttribute("patientId", patientId);
        model.addAttribute("productId", productId == null ? "" : productId);
        model.addAttribute("guidances", ImageGuidance.values());
        model.addAttribute("sides", Laterality.values());
        model.addAttribute("errors", errors);
        return "procedure/procedures";
    }
}
