package org.regenpath.product.web;

import java.time.LocalDate;
import java.util.List;
import org.regenpath.product.ProductEvent;

/**
 * An adverse event linked to a product as the JSON API sends it: term, grade, seriousness, relatedness to the
 * product, onset, outcome and status, in words. It names no patient and carries no free text, so the lab may read
 * it.
 */
record ProductEventResponse(long eventId, String term, Integer grade, String gradeDefinition, boolean serious,
        List<String> seriousness, String productRelatedness, LocalDate onsetDate, String outcome, String status) {

    static ProductEventResponse of(ProductEvent e) {
        return new ProductEventResponse(e.eventId(), e.term(), e.grade(), e.gradeDefinition(), e.serious(),
                e.seriousness(), e.productRelatedness(), e.onsetDate(), e.outcome(), e.statusWords());
    }
}
