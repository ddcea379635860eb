package org.regenpath.product.web;

import org.regenpath.identity.CurrentActor;
import org.regenpath.product.Labels;
import org.regenpath.shared.PatientId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Labels for the browser to show and print: the product label (linked from the product page and the lab board)
 * and the patient's wristband (linked from the chart). Shown inline so the browser's PDF viewer prints them;
 * refusals are the usual error pages.
 */
@Controller
class LabelPages {

    private final Labels labels;
    private final CurrentActor actor;

    LabelPages(Labels labels, CurrentActor actor) {
        this.labels = labels;
        this.actor = actor;
    }

    @GetMapping("/products/{productId}/label.pdf")
    ResponseEntity<byte[]> productLabel(@PathVariable String productId) {
        return pdf(labels.productLabel(actor.get(), productId));
    }

    @GetMapping("/patients/{patientId}/wristband.pdf")
    ResponseEntity<byte[]> wristband(@PathVariable long patientId) {
        return pdf(labels.wristband(actor.get(), PatientId.of(patientId)));
    }

    /** A printed label as an inline PDF; never cached, as it names a patient. */
    static ResponseEntity<byte[]> pdf(Labels.Printed printed) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(printed.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(printed.pdf());
    }
}
