package org.regenpath.trace.web;

import org.regenpath.identity.CurrentActor;
import org.regenpath.shared.PatientId;
import org.regenpath.trace.Traceability;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The recall trace over the JSON API: by product, by patient, and by kit lot or device. */
@RestController
@RequestMapping("/api/trace")
class TraceApi {

    private final Traceability trace;
    private final CurrentActor actor;

    TraceApi(Traceability trace, CurrentActor actor) {
        this.trace = trace;
        this.actor = actor;
    }

    /** The product's patient, administration, procedure and the devices and kit lots it went through. */
    @GetMapping("/products/{productId}")
    TracedProductResponse product(@PathVariable String productId) {
        return TracedProductResponse.of(trace.product(actor.get(), productId));
    }

    /** Every product collected for the patient. */
    @GetMapping("/patients/{patientId}")
    PatientTraceResponse patient(@PathVariable long patientId) {
        return PatientTraceResponse.of(trace.patient(actor.get(), PatientId.of(patientId)));
    }

    /** Every product of the clinic that a kit lot or a device (give exactly one) touched, and their patients. */
    @GetMapping("/lots")
    LotTraceResponse lots(@RequestParam(required = false) String kitLot,
            @RequestParam(required = false) String device) {
        return LotTraceResponse.of(trace.lot(actor.get(), kitLot, device));
    }
}
