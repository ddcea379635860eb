package org.regenpath.product;

import java.time.Instant;
import java.util.List;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;

/**
 * A cell product as the API shows it, with its whole chain of custody.
 *
 * @param productId the product identifier, with its check character
 * @param scheme the identifier scheme
 * @param patientId whose product it is
 * @param planId the treatment plan it was collected for
 * @param planVersion the approved plan version at collection
 * @param productType what it is
 * @param cellSource where the cells came from
 * @param state where it stands
 * @param collectedAt when it was harvested
 * @param expiresAt when it expires
 * @param version the optimistic-locking version to send with the next step
 * @param events the chain of custody, oldest first
 */
public record ProductView(
        String productId,
        String scheme,
        PatientId patientId,
        long planId,
        int planVersion,
        ProductType productType,
        CellSource cellSource,
        ProductState state,
        Instant collectedAt,
        Instant expiresAt,
        long version,
        List<CustodyEvent> events) {

    static ProductView of(Products.Stored s) {
        CellProduct p = s.product();
        return new ProductView(p.id().value(), p.id().scheme(), p.patientId(), s.planId(), s.planVersion(),
                p.productType(), p.cellSource(), p.state(), p.collectedAt(), p.expiresAt(), p.version(), p.events());
    }
}
