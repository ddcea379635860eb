package org.regenpath.product.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.regenpath.identity.CurrentActor;
import org.regenpath.identity.Dates;
import org.regenpath.product.ChainOfCustody;
import org.regenpath.product.CollectInput;
import org.regenpath.product.CollectionWorklist;
import org.regenpath.product.CustodyAction;
import org.regenpath.product.ProductAdverseEvents;
import org.regenpath.product.ProductState;
import org.regenpath.product.ProductView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PageLink;
import org.regenpath.shared.Paging;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ResultPage;
import org.regenpath.shared.Role;
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
 * The lab board (the plans waiting for collection, then the clinic's products by state) and a product's page: its chain of custody, oldest first, and
 * the form to record the next step. Refusals (an illegal step, the second-person rule, unmet QC) are shown on
 * the form with the product's current state.
 */
@Controller
@RequestMapping("/lab")
class LabPages {

    private static final LabFields NUMBERS = new LabFields();

    private final ChainOfCustody custody;
    private final CollectionWorklist worklist;
    private final ProductAdverseEvents adverseEvents;
    static final int PAGE_SIZE = 50;

    private final CurrentActor actor;
    private final Dates dates;

    LabPages(ChainOfCustody custody, CollectionWorklist worklist, ProductAdverseEvents adverseEvents,
            CurrentActor actor, Dates dates) {
        this.custody = custody;
        this.adverseEvents = adverseEvents;
        this.worklist = worklist;
        this.actor = actor;
        this.dates = dates;
    }

    /** The lab board: the products, {@value #PAGE_SIZE} a page, newest first, with "1–50 of 312" and page links. */
    @GetMapping
    String board(@RequestParam(required = false) ProductState state,
            @RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
        ResultPage<ProductView> board = custody.board(actor.get(), state,
                Paging.of(page == null ? null : Math.max(page, 0), null, PAGE_SIZE));
        List<ProductView> products = board.items();
        model.addAttribute("board", board);
        model.addAttribute("previous", PageLink.to(request.getRequestURI(), request.getParameterMap(),
                board.page() - 1));
        model.addAttribute("next", PageLink.to(request.getRequestURI(), request.getParameterMap(),
                board.page() + 1));
        model.addAttribute("products", products);
        model.addAttribute("patientNames", custody.labelNames(actor.get(),
                products.stream().map(ProductView::patientId).distinct().toList()));
        model.addAttribute("waiting", worklist.waiting(actor.get()));
        model.addAttribute("states", ProductState.values());
        model.addAttribute("selected", state);
        return "product/board";
    }

    @GetMapping("/patients/{patientId}/collect")
    String collectForm(@PathVariable long patientId, @RequestParam long planId, Model model) {
        model.addAttribute("patientId", patientId);
        model.addAttribute("patientName", custody.collectionPatient(actor.get(), PatientId.of(patientId)));
        model.addAttribute("planId", planId);
        model.addAttribute("errors", Map.of());
        return "product/collect";
    }

    @PostMapping("/patients/{patientId}/collect")
    String collect(@PathVariable long patientId, @RequestParam long planId, @RequestParam String location,
            @RequestParam(required = false) String device, @RequestParam(required = false) String kitLot,
            @RequestParam(required = false) String happenedAt, Model model, RedirectAttributes redirect) {
        try {
            ProductView product = custody.collect(actor.get(), PatientId.of(patientId),
                    new CollectInput(planId, location, device, kitLot, null, null,
                            LabFields.whenItHappened(happenedAt, dates.zone())));
            redirect.addFlashAttribute("flash", "Collected. Print the label with id " + product.productId() + ".");
            return "redirect:/lab/products/" + product.productId();
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.fieldErrors());
        } catch (Conflict e) {
            model.addAttribute("errors", Map.of("conflict", e.getMessage()));
        }
        model.addAttribute("patientId", patientId);
        model.addAttribute("patientName", custody.collectionPatient(actor.get(), PatientId.of(patientId)));
        model.addAttribute("planId", planId);
        return "product/collect";
    }

    @GetMapping("/products/{productId}")
    String product(@PathVariable String productId, Model model) {
        return page(actor.get(), productId, null, Map.of(), model);
    }

    @PostMapping("/products/{productId}/custody")
    String record(@PathVariable String productId, @ModelAttribute("step") CustodyForm form, Model model,
            RedirectAttributes redirect) {
        Actor a = actor.get();
        try {
            ProductView product = custody.record(a, productId, form.toInput(dates.zone()));
            redirect.addFlashAttribute("flash", "Recorded: " + product.events().get(product.events().size() - 1)
                    .step().label() + ". The product is now " + product.state().words() + ".");
            return "redirect:/lab/products/" + product.productId();
        } catch (InvalidInput e) {
            return page(a, productId, form, e.fieldErrors(), model);
        } catch (Conflict e) {
            return page(a, productId, form, Map.of("conflict", e.getMessage()), model);
        }
    }

    private String page(Actor a, String productId, CustodyForm form, Map<String, String> errors, Model model) {
        ProductView product = custody.get(a, productId);
        CustodyForm step = form == null ? new CustodyForm() : form;
        step.setVersion(product.version());
        model.addAttribute("product", product);
        model.addAttribute("patientName", custody.labelNames(a, List.of(product.patientId()))
                .getOrDefault(product.patientId(), ""));
        model.addAttribute("step", step);
        model.addAttribute("actions", CustodyAction.availableFrom(product.state()));
        model.addAttribute("mayRecordSteps", custody.mayRecordSteps(a));
        model.addAttribute("fields", LabFields.CUSTODY);
        model.addAttribute("numbers", NUMBERS);
        model.addAttribute("errors", errors);
        // The events linked to the product, without the patient's identity; the care team may open each record.
        model.addAttribute("adverseEvents", adverseEvents.recorded() ? adverseEvents.of(a, productId) : null);
        model.addAttribute("opensEvents", a.hasRole(Role.CLINICIAN, Role.COORDINATOR));
        return "product/product";
    }
}
