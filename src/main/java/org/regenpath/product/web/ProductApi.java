package org.regenpath.product.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.regenpath.identity.CurrentActor;
import org.regenpath.product.AdministrationInput;
import org.regenpath.product.AdministrationOutcome;
import org.regenpath.product.BaselineWarnings;
import org.regenpath.product.Bedside;
import org.regenpath.product.ChainOfCustody;
import org.regenpath.product.ClinicProductSettings;
import org.regenpath.product.CollectInput;
import org.regenpath.product.CustodyInput;
import org.regenpath.product.ProductAdverseEvents;
import org.regenpath.product.ProductState;
import org.regenpath.product.ProductView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.regenpath.shared.ProductType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cell product JSON API: collection, custody steps, a product's history, the lab board and the clinic's
 * product settings. Errors are RFC 9457 ProblemDetails; an illegal transition is 409 naming the current state.
 */
@RestController
@RequestMapping("/api")
class ProductApi {

    private final ChainOfCustody custody;
    private final ClinicProductSettings settings;
    private final Bedside bedside;
    private final CurrentActor actor;
    private final BaselineWarnings baselines;
    private final ProductAdverseEvents adverseEvents;

    ProductApi(ChainOfCustody custody, ClinicProductSettings settings, Bedside bedside, CurrentActor actor,
            BaselineWarnings baselines, ProductAdverseEvents adverseEvents) {
        this.custody = custody;
        this.adverseEvents = adverseEvents;
        this.baselines = baselines;
        this.bedside = bedside;
        this.settings = settings;
        this.actor = actor;
    }

    @GetMapping("/products")
    List<ProductResponse> board(@RequestParam(required = false) ProductState state) {
        return custody.board(actor.get(), state).stream().map(ProductResponse::of).toList();
    }

    @PostMapping("/patients/{patientId}/products")
    ResponseEntity<ProductResponse> collect(@PathVariable long patientId, @RequestBody CollectInput body) {
        ProductView product = custody.collect(actor.get(), PatientId.of(patientId), body);
        return ResponseEntity.created(URI.create("/api/products/" + product.productId()))
                .body(ProductResponse.of(product));
    }

    @GetMapping("/products/{productId}")
    ProductResponse get(@PathVariable String productId) {
        return ProductResponse.of(custody.get(actor.get(), productId));
    }

    /**
     * The adverse events linked to the product, newest onset first: term, grade, seriousness, relatedness to the
     * product, onset and outcome, with no patient identity and no free text, for the lab as for the care team.
     * Empty when no module records adverse events.
     */
    @GetMapping("/products/{productId}/adverse-events")
    List<ProductEventResponse> adverseEvents(@PathVariable String productId) {
        return adverseEvents.of(actor.get(), productId).stream().map(ProductEventResponse::of).toList();
    }

    @PostMapping("/products/{productId}/custody")
    ProductResponse record(@PathVariable String productId, @RequestBody CustodyInput body) {
        return ProductResponse.of(custody.record(actor.get(), productId, body));
    }

    /**
     * Checks and injects, as the bedside screen does. When the patient's baseline questionnaires are still open and
     * nobody recorded why, the request must say why ({@code baselineReason}, decision 0029) or it is refused before
     * any check; the reason is recorded even if the check then stops.
     */
    @PostMapping("/products/{productId}/administration")
    ResponseEntity<AdministrationResponse> administer(
            @PathVariable String productId, @RequestBody AdministrationInput body) {
        Actor a = actor.get();
        // Only a clinician may inject; anyone else is refused by the bedside itself, before any read.
        ProductView product = a.hasRole(Role.CLINICIAN) ? custody.get(a, productId) : null;
        if (product != null && baselines.mustExplain(a, product)) {
            String reason = body.baselineReason() == null ? "" : body.baselineReason().strip();
            if (!baselines.reasons().containsKey(reason)) {
                throw new InvalidInput(Map.of("baselineReason", (reason.isEmpty() ? "" : "That is not one of the"
                        + " reasons. ") + "The patient's baseline questionnaires are not completed. Have"
                        + " the patient answer them first, or give the reason why not, one of: "
                        + String.join(", ", baselines.reasons().keySet()) + " (with OTHER, say why in"
                        + " baselineNote)."));
            }
            baselines.explain(a, product, reason, body.baselineNote());
        }
        AdministrationOutcome outcome = bedside.administer(a, productId, body);
        return ResponseEntity.status(outcome.administered() ? 200 : 409).body(AdministrationResponse.of(outcome));
    }

    @GetMapping("/product-settings")
    List<SettingsResponse> settings() {
        return settings.list(actor.get()).stream().map(SettingsResponse::of).toList();
    }

    @PutMapping("/product-settings/{productType}")
    SettingsResponse saveSettings(
            @PathVariable ProductType productType, @RequestBody ClinicProductSettings.SettingsInput body) {
        return SettingsResponse.of(settings.save(actor.get(), productType, body));
    }
}
