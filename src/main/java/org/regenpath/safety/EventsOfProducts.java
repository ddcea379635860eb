package org.regenpath.safety;

import java.util.List;
import org.regenpath.product.ProductEvent;
import org.regenpath.product.ProductEvents;
import org.regenpath.shared.ClinicId;
import org.springframework.stereotype.Component;

/**
 * Implements the product module's {@link ProductEvents} port from {@code safety_adverse_event}: each event linked to
 * the product as its current version says, with no patient identity and none of the free text (the description,
 * the clinician's own term, the action taken), so the lab may read it (decision 0046).
 */
@Component
class EventsOfProducts implements ProductEvents {

    /** What a term named in free text reads as where the free text is not shown. */
    static final String OTHER_TERM = "Other term";

    private final AdverseEventRecords records;

    EventsOfProducts(AdverseEventRecords records) {
        this.records = records;
    }

    @Override
    public List<ProductEvent> ofProduct(ClinicId clinic, String productId) {
        return records.byProduct(clinic, productId).stream().map(EventsOfProducts::of).toList();
    }

    static ProductEvent of(AdverseEvent event) {
        AdverseEventDetails d = event.details();
        return new ProductEvent(event.id(), d.term().freeText() ? OTHER_TERM : d.term().label(), d.grade(),
                d.gradeDefinition(), d.seriousness().stream().sorted().map(SeriousnessCriterion::label).toList(),
                d.productRelatedness() == null ? null : d.productRelatedness().label(), d.onsetDate(),
                d.outcome() == null ? null : d.outcome().label(), event.status().label());
    }
}
