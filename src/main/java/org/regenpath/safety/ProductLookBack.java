package org.regenpath.safety;

import java.time.Instant;
import java.util.List;
import org.regenpath.product.ProductState;
import org.regenpath.shared.PatientId;
import org.regenpath.trace.TracedPatient;
import org.regenpath.trace.TracedProduct;

/**
 * The look-back from an adverse event linked to a product: the kit lots and devices the product's custody steps
 * used, and every other patient of the clinic who received product processed with one of them, each with their own
 * adverse events.
 *
 * @param eventId the event looked back from
 * @param patientId the event's patient
 * @param productId the product the event is linked to, or {@code null} when it is linked to none (then all else is
 *     empty)
 * @param materials every custody step of the product that recorded a device or kit lot, oldest first
 * @param recipients the other patients whose products used one of those kit lots or devices, by name
 */
public record ProductLookBack(long eventId, PatientId patientId, String productId,
        List<TracedProduct.Material> materials, List<Recipient> recipients) {

    public ProductLookBack {
        materials = List.copyOf(materials);
        recipients = List.copyOf(recipients);
    }

    /** Whether the event is linked to a product, so there is anything to look back over. */
    public boolean linked() {
        return productId != null;
    }

    /**
     * Another patient who received product processed with the same kit lot or device.
     *
     * @param patient who, as the trace names them
     * @param products their products that share a kit lot or device with the event's product, newest first
     * @param events all their adverse events in the clinic, newest first, whatever product they concern
     */
    public record Recipient(TracedPatient patient, List<SharedProduct> products, List<AdverseEvent> events) {

        public Recipient {
            products = List.copyOf(products);
            events = List.copyOf(events);
        }
    }

    /**
     * A product of another patient and what it shares with the event's product.
     *
     * @param productId its identifier
     * @param state where it stands now
     * @param administeredAt when it was injected, or {@code null} if it was not
     * @param kitLots the kit lots it shares, as its own custody steps recorded them
     * @param devices the devices it shares, likewise
     */
    public record SharedProduct(String productId, ProductState state, Instant administeredAt, List<String> kitLots,
            List<String> devices) {}
}
