package org.regenpath.product;

import java.util.Comparator;
import java.util.List;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adverse events linked to a product, read through the {@link ProductEvents} port, for whoever may read the
 * product (lab technicians, clinicians and coordinators of the patient's clinic). Lab technicians may not open the
 * event records; what this shows them names no patient and carries no free text. Every read and refusal is audited.
 */
@Service
public class ProductAdverseEvents {

    private final Products products;
    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final List<ProductEvents> sources;

    ProductAdverseEvents(Products products, PatientRegistry registry, AuditTrail audit, List<ProductEvents> sources) {
        this.products = products;
        this.registry = registry;
        this.audit = audit;
        this.sources = sources;
    }

    /** Whether any module records adverse events: without one the product's page has no events section. */
    public boolean recorded() {
        return !sources.isEmpty();
    }

    /**
     * The events linked to the product, newest onset first.
     *
     * @throws org.regenpath.shared.NotFound when there is no such product in the actor's clinic
     */
    @Transactional
    public List<ProductEvent> of(Actor actor, String productId) {
        Products.Stored stored = ChainOfCustody.find(products, audit, actor, productId, AuditAction.READ,
                ChainOfCustody.PRODUCT, ChainOfCustody.READERS);
        ChainOfCustody.authorizeOwner(registry, actor, stored.product(), productId, AuditAction.READ,
                ChainOfCustody.PRODUCT, ChainOfCustody.READERS);
        String id = stored.product().id().value();
        List<ProductEvent> events = sources.stream().flatMap(s -> s.ofProduct(stored.clinicId(), id).stream())
                .sorted(Comparator.comparing(ProductEvent::onsetDate).reversed()
                        .thenComparing(Comparator.comparingLong(ProductEvent::eventId).reversed()))
                .toList();
        audit.success(actor, AuditAction.READ, stored.product().patientId(), ChainOfCustody.PRODUCT, id,
                "adverse events linked=" + events.size());
        return events;
    }
}
