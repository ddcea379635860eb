package org.regenpath.trace.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.regenpath.product.CustodyStep;
import org.regenpath.product.ProductState;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.trace.TracedProduct;

/**
 * A traced product as the JSON API sends it (decision 0038): its own types, so the module may change
 * {@link TracedProduct} without changing what clients read. Field names, order and values are those clients have
 * always read; the schemas keep their published names.
 */
@Schema(name = "TracedProduct")
record TracedProductResponse(String productId, ProductType productType, CellSource cellSource, ProductState state,
        Instant collectedAt, Instant expiresAt, TracedPatientResponse patient, List<Material> materials,
        Administration administration, Procedure procedure) {

    /** A custody step that used a device or kit lot. */
    @Schema(name = "Material")
    record Material(int sequence, CustodyStep step, Instant at, String device, String kitLot, String by,
            Instant recordedLaterAt) {}

    /** The injection. */
    @Schema(name = "Administration")
    record Administration(Instant at, PatientId to, InjectionSite site, String by, String confirmedBy,
            Instant recordedLaterAt) {}

    /** The procedure record of the injection. */
    @Schema(name = "Procedure")
    record Procedure(long id, Instant performedAt, String operator) {}

    static TracedProductResponse of(TracedProduct p) {
        var a = p.administration();
        var r = p.procedure();
        return new TracedProductResponse(p.productId(), p.productType(), p.cellSource(), p.state(), p.collectedAt(),
                p.expiresAt(), TracedPatientResponse.of(p.patient()), p.materials().stream()
                        .map(m -> new Material(m.sequence(), m.step(), m.at(), m.device(), m.kitLot(), m.by(),
                                m.recordedLaterAt())).toList(),
                a == null ? null : new Administration(a.at(), a.to(), a.site(), a.by(), a.confirmedBy(),
                        a.recordedLaterAt()),
                r == null ? null : new Procedure(r.id(), r.performedAt(), r.operator()));
    }

    static List<TracedProductResponse> of(List<TracedProduct> products) {
        return products.stream().map(TracedProductResponse::of).toList();
    }
}
