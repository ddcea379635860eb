package org.regenpath.product.web;

import org.regenpath.identity.CurrentActor;
import org.regenpath.product.Labels;
import org.regenpath.shared.PatientId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Labels over the JSON API, for a label printer's spooler: the same PDFs as the pages, refusals as RFC 9457
 * problem details.
 */
@RestController
@RequestMapping("/api")
class LabelApi {

    private final Labels labels;
    private final CurrentActor actor;

    LabelApi(Labels labels, CurrentActor actor) {
        this.labels = labels;
        this.actor = actor;
    }

    /** The product label: a 102 x 51 mm PDF page with Code 128 and DataMatrix barcodes of the product id. */
    @GetMapping(value = "/products/{productId}/label", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> productLabel(@PathVariable String productId) {
        return LabelPages.pdf(labels.productLabel(actor.get(), productId));
    }

    /** The patient's wristband: a PDF with name, date of birth, MRN and a Code 128 barcode of the patient id. */
    @GetMapping(value = "/patients/{patientId}/wristband", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> wristband(@PathVariable long patientId) {
        return LabelPages.pdf(labels.wristband(actor.get(), PatientId.of(patientId)));
    }
}
