package org.regenpath.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.regenpath.trace.LotTrace;
import org.regenpath.trace.Traceability;
import org.regenpath.trace.TracedPatient;
import org.regenpath.trace.TracedProduct;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product look-back of an adverse event (issue item 5): from the event's product to the kit lots and devices
 * its custody steps used, and from each of them to every other patient of the clinic whose product used it, with
 * their own events. The recall queries are the trace module's ({@link Traceability}), called, not copied: it scopes
 * them to the clinic, matches lots and devices ignoring case and audits each patient a lot reveals. The events come
 * from this module's own records. A look-back names other patients, so it is a clinician's read: the roles that
 * both read adverse events and trace products (decision 0046). The read and each patient's events read are audited.
 */
@Service
public class ProductLookBacks {

    static final Set<Role> LOOKERS = Set.of(Role.CLINICIAN);

    private final AdverseEvents events;
    private final AdverseEventRecords records;
    private final PatientRegistry registry;
    private final Traceability trace;
    private final AuditTrail audit;

    ProductLookBacks(AdverseEvents events, AdverseEventRecords records, PatientRegistry registry, Traceability trace,
            AuditTrail audit) {
        this.events = events;
        this.records = records;
        this.registry = registry;
        this.trace = trace;
        this.audit = audit;
    }

    /**
     * The look-back from the event; empty when the event is linked to no product.
     *
     * @throws org.regenpath.shared.AccessDenied for anyone but a clinician, before the event is looked up
     * @throws org.regenpath.shared.NotFound when there is no such event in the actor's clinic
     */
    @Transactional
    public ProductLookBack of(Actor actor, long eventId) {
        AdverseEvent event = events.find(actor, eventId, AuditAction.READ, LOOKERS);
        PatientView who = registry.authorize(actor, event.patientId(), AuditAction.READ, AdverseEvents.RESOURCE,
                LOOKERS);
        String productId = event.details().productId();
        if (productId == null) {
            audit.success(actor, AuditAction.READ, who.id(), AdverseEvents.RESOURCE, eventId,
                    "product look-back: no product linked");
            return new ProductLookBack(eventId, who.id(), null, List.of(), List.of());
        }
        TracedProduct product = trace.product(actor, productId);
        Map<String, String> lots = distinct(product.materials(), TracedProduct.Material::kitLot);
        Map<String, String> devices = distinct(product.materials(), TracedProduct.Material::device);
        Map<PatientId, TracedPatient> patients = new LinkedHashMap<>();
        Map<PatientId, Map<String, TracedProduct>> products = new LinkedHashMap<>();
        List<LotTrace> traces = new ArrayList<>();
        lots.values().forEach(lot -> traces.add(trace.lot(actor, lot, null)));
        devices.values().forEach(device -> traces.add(trace.lot(actor, null, device)));
        for (LotTrace t : traces) {
            for (TracedProduct p : t.products()) {
                if (!p.patient().id().equals(who.id())) {
                    patients.putIfAbsent(p.patient().id(), p.patient());
                    products.computeIfAbsent(p.patient().id(), k -> new LinkedHashMap<>()).putIfAbsent(p.productId(),
                            p);
                }
            }
        }
        List<ProductLookBack.Recipient> recipients = new ArrayList<>();
        int shown = 0;
        for (TracedPatient p : patients.values()) {
            List<AdverseEvent> theirs = records.byPatient(who.clinicId(), p.id());
            shown += theirs.size();
            audit.success(actor, AuditAction.READ, p.id(), AdverseEvents.RESOURCE, eventId,
                    "product look-back from product " + product.productId() + ": events=" + theirs.size());
            recipients.add(new ProductLookBack.Recipient(p, products.get(p.id()).values().stream()
                    .sorted(Comparator.comparing(TracedProduct::collectedAt).reversed())
                    .map(s -> shared(s, lots.keySet(), devices.keySet())).toList(), theirs));
        }
        recipients.sort(Comparator.comparing(r -> r.patient().name()));
        audit.success(actor, AuditAction.READ, who.id(), AdverseEvents.RESOURCE, eventId, "product look-back product="
                + product.productId() + " kitLots=" + lots.size() + " devices=" + devices.size() + " patients="
                + recipients.size() + " events=" + shown);
        return new ProductLookBack(eventId, who.id(), product.productId(), product.materials(), recipients);
    }

    /** What another patient's product shares with the event's: its own spelling of each shared lot and device. */
    private static ProductLookBack.SharedProduct shared(TracedProduct p, Set<String> lots, Set<String> devices) {
        return new ProductLookBack.SharedProduct(p.productId(), p.state(),
                p.administration() == null ? null : p.administration().at(),
                matching(p.materials(), TracedProduct.Material::kitLot, lots),
                matching(p.materials(), TracedProduct.Material::device, devices));
    }

    private static List<String> matching(List<TracedProduct.Material> materials,
            Function<TracedProduct.Material, String> what, Set<String> wanted) {
        return materials.stream().map(what).filter(Objects::nonNull)
                .filter(m -> wanted.contains(m.strip().toLowerCase(Locale.ROOT))).distinct().toList();
    }

    /**
     * The kit lots (or devices) the steps used, each once as first spelled, by their lower case: the trace matches
     * ignoring case.
     */
    private static Map<String, String> distinct(List<TracedProduct.Material> materials,
            Function<TracedProduct.Material, String> what) {
        Map<String, String> out = new LinkedHashMap<>();
        materials.stream().map(what).filter(m -> m != null && !m.isBlank())
                .forEach(m -> out.putIfAbsent(m.strip().toLowerCase(Locale.ROOT), m.strip()));
        return out;
    }
}
