package org.regenpath.trace.web;

import java.util.Map;
import org.regenpath.identity.CurrentActor;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.regenpath.trace.Traceability;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The recall page: enter a kit lot, a device or a product id and see every product and patient it leads to, with
 * links on to each product's trace, its chain of custody and (for clinicians) the patient's chart.
 */
@Controller
@RequestMapping("/trace")
class TracePages {

    /** What the search box holds. */
    enum By {
        KIT_LOT("Kit lot"),
        DEVICE("Device"),
        PRODUCT("Product id");

        private final String label;

        By(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Traceability trace;
    private final CurrentActor actor;

    TracePages(Traceability trace, CurrentActor actor) {
        this.trace = trace;
        this.actor = actor;
    }

    @GetMapping
    String search(@RequestParam(defaultValue = "KIT_LOT") By by, @RequestParam(required = false) String q,
            Model model) {
        trace.checkMayTrace(actor.get());
        String text = q == null ? "" : q.strip();
        model.addAttribute("choices", By.values());
        model.addAttribute("by", by);
        model.addAttribute("q", text);
        model.addAttribute("errors", Map.of());
        if (by == By.PRODUCT && !text.isEmpty()) {
            return "redirect:" + UriComponentsBuilder.fromPath("/trace/products/{id}").buildAndExpand(text)
                    .encode().toUriString();
        }
        if (!text.isEmpty()) {
            try {
                model.addAttribute("result", by == By.KIT_LOT ? trace.lot(actor.get(), text, null)
                        : trace.lot(actor.get(), null, text));
            } catch (InvalidInput e) {
                model.addAttribute("errors", Map.of("q", e.fieldErrors().values().iterator().next()));
            }
        }
        return "trace/search";
    }

    @GetMapping("/products/{productId}")
    String product(@PathVariable String productId, Model model) {
        model.addAttribute("product", trace.product(actor.get(), productId));
        return "trace/product";
    }

    @GetMapping("/patients/{patientId}")
    String patient(@PathVariable long patientId, Model model) {
        model.addAttribute("trace", trace.patient(actor.get(), PatientId.of(patientId)));
        return "trace/patient";
    }
}
