package org.regenpath.product;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.regenpath.planning.ConsentInForce;
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
 * @param consent the patient's consent to the plan's version in force as it stands now (withdrawn, for one); a
 *     product whose plan has no consent in force is neither released nor given
 * @param productType what it is
 * @param cellSource where the cells came from
 * @param state where it stands
 * @param collectedAt when it was harvested
 * @param expiresAt when it expires
 * @param version the optimistic-locking version to send with the next step
 * @param events the chain of custody, oldest first
 * @param zone the time zone of the product's clinic, in which its messages show times (decision 0023)
 */
public record ProductView(
        String productId,
        String scheme,
        PatientId patientId,
        long planId,
        int planVersion,
        ConsentInForce consent,
        ProductType productType,
        CellSource cellSource,
        ProductState state,
        Instant collectedAt,
        Instant expiresAt,
        long version,
        List<CustodyEvent> events,
        ZoneId zone) {

    /**
     * For a product neither given nor disposed of whose patient withdrew consent to the plan, the sentence saying
     * when and why, for a warning; otherwise {@code null}.
     */
    public String consentWithdrawn() {
        return consent == null || !consent.withdrawn() || state.isFinal() ? null
                : AdministrationRules.withdrawnSentence(consent.withdrawal(), zone);
    }

    static ProductView of(Products.Stored s, ConsentInForce consent, ZoneId zone) {
        CellProduct p = s.product();
        return new ProductView(p.id().value(), p.id().scheme(), p.patientId(), s.planId(), s.planVersion(), consent,
                p.productType(), p.cellSource(), p.state(), p.collectedAt(), p.expiresAt(), p.version(), p.events(),
                zone);
    }
}
