package org.regenpath.product.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.identity.CurrentActor;
import org.regenpath.identity.Dates;
import java.util.Optional;
import org.regenpath.product.AdministrationOutcome;
import org.regenpath.product.BaselineGap;
import org.regenpath.product.BaselineWarnings;
import org.regenpath.product.Bedside;
import org.regenpath.product.BedsideFinding;
import org.regenpath.product.ChainOfCustody;
import org.regenpath.product.ProductView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.Laterality;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The bedside screen for a tablet with a USB scanner (which types like a keyboard): scan the wristband and the
 * label, choose the site, and let the second person type their own credentials. Every rule is shown, passed or
 * stopped, with its plain message; the injection is recorded only when all pass.
 */
@Controller
@RequestMapping("/bedside/{productId}")
class BedsidePages {

    private final Bedside bedside;
    private final ChainOfCustody custody;
    private final CurrentActor actor;
    private final Dates dates;
    private final BaselineWarnings baselines;

    BedsidePages(Bedside bedside, ChainOfCustody custody, CurrentActor actor, Dates dates,
            BaselineWarnings baselines) {
        this.bedside = bedside;
        this.custody = custody;
        this.actor = actor;
        this.dates = dates;
        this.baselines = baselines;
    }

    @GetMapping
    String screen(@PathVariable String productId, Model model) {
        model.addAttribute("baselineForm", new BaselineForm());
        return page(actor.get(), productId, new BedsideForm(), null, Map.of(), model);
    }

    /**
     * Checks and injects. When the patient's baseline questionnaires are still open and nobody recorded why, the
     * clinician says why first (decision 0029); the reason is recorded even if the check then stops.
     */
    @PostMapping
    String administer(@PathVariable String productId, @ModelAttribute("scan") BedsideForm form,
            @ModelAttribute("baselineForm") BaselineForm baseline, Model model) {
        Actor a = actor.get();
        try {
            ProductView product = custody.get(a, productId);
            if (baselines.mustExplain(a, product)) {
                if (!baseline.given()) {
                    Map<String, String> errors = new LinkedHashMap<>();
                    errors.put("baselineReason", "The baseline questionnaires are not completed. Have the patient"
                            + " answer them first, or choose why not.");
                    try {
                        form.toInput(dates.zone());
                    } catch (InvalidInput e) {
                        errors.putAll(e.fieldErrors());
                    }
                    return page(a, productId, form, null, errors, model);
                }
                baselines.explain(a, product, baseline.getBaselineReason(), baseline.getBaselineNote());
            }
            AdministrationOutcome outcome = bedside.administer(a, productId, form.toInput(dates.zone()));
            return page(a, productId, form, outcome, Map.of(), model);
        } catch (InvalidInput e) {
            return page(a, productId, form, null, e.fieldErrors(), model);
        } catch (Conflict e) {
            return page(a, productId, form, null, Map.of("conflict", e.getMessage()), model);
        }
    }

    private String page(Actor a, String productId, BedsideForm form, AdministrationOutcome outcome,
            Map<String, String> errors, Model model) {
        ProductView product = outcome == null ? custody.get(a, productId) : outcome.product();
        form.setVersion(product.version());
        form.setVerifierPassword("");
        model.addAttribute("product", product);
        model.addAttribute("scan", form);
        model.addAttribute("outcome", outcome);
        model.addAttribute("findings", outcome == null ? List.<BedsideFinding>of() : outcome.findings());
        model.addAttribute("sides", Laterality.values());
        model.addAttribute("fields", LabFields.BEDSIDE);
        model.addAttribute("errors", errors);
        Optional<BaselineGap> gap = product.state().isFinal() ? Optional.empty() : baselines.gap(product);
        model.addAttribute("baseline", gap.orElse(null));
        model.addAttribute("asksWhy", BaselineWarnings.asksWhy(product, gap));
        model.addAttribute("baselineReasons", baselines.reasons());
        return "product/bedside";
    }
}
