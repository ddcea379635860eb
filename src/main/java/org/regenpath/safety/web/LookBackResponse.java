package org.regenpath.safety.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.regenpath.product.CustodyStep;
import org.regenpath.product.ProductState;
import org.regenpath.safety.AdverseEvent;
import org.regenpath.safety.AdverseEventStatus;
import org.regenpath.safety.ProductLookBack;
import org.regenpath.safety.SeriousnessCriterion;
import org.regenpath.trace.TracedProduct;

/**
 * The product look-back of an adverse event as the JSON API sends it: the event's product, the kit lots and devices
 * its custody steps used, and every other patient of the clinic whose product used one of them, with the products
 * they share and their own adverse events. {@code productId} is null, and the lists empty, when the event is linked
 * to no product.
 */
@Schema(name = "ProductLookBack")
record LookBackResponse(long eventId, long patientId, String productId, List<Material> materials,
        List<Recipient> recipients) {

    /** A custody step of the event's product that used a device or kit lot. */
    @Schema(name = "LookBackMaterial")
    record Material(int sequence, CustodyStep step, Instant at, String device, String kitLot) {}

    /** Another patient who received product processed with the same kit lot or device. */
    @Schema(name = "LookBackRecipient")
    record Recipient(long patientId, String name, String mrn, List<Product> products, List<Event> events) {}

    /** One of their products and the kit lots and devices it shares with the event's product. */
    @Schema(name = "LookBackProduct")
    record Product(String productId, ProductState state, Instant administeredAt, List<String> kitLots,
            List<String> devices) {}

    /** One of their adverse events, as it stands now. */
    @Schema(name = "LookBackEvent")
    record Event(long id, String term, Integer grade, boolean serious, Set<SeriousnessCriterion> seriousness,
            LocalDate onsetDate, AdverseEventStatus status, String productId) {

        static Event of(AdverseEvent e) {
            return new Event(e.id(), e.details().termName(), e.details().grade(), e.details().serious(),
                    e.details().seriousness(), e.details().onsetDate(), e.status(), e.details().productId());
        }
    }

    static LookBackResponse of(ProductLookBack b) {
        return new LookBackResponse(b.eventId(), b.patientId().value(), b.productId(),
                b.materials().stream().map(LookBackResponse::material).toList(),
                b.recipients().stream().map(r -> new Recipient(r.patient().id().value(), r.patient().name(),
                        r.patient().mrn(), r.products().stream().map(p -> new Product(p.productId(), p.state(),
                                p.administeredAt(), p.kitLots(), p.devices())).toList(),
                        r.events().stream().map(Event::of).toList())).toList());
    }

    private static Material material(TracedProduct.Material m) {
        return new Material(m.sequence(), m.step(), m.at(), m.device(), m.kitLot());
    }
}
