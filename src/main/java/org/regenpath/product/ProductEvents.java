package org.regenpath.product;

import java.util.List;
import org.regenpath.shared.ClinicId;

/**
 * A port the safety module implements: the adverse events linked to a product, so that the product's page and API
 * show them beside its chain of custody without this module depending on safety. What it returns carries no
 * patient identity and no free text (decision 0046), so the lab may read it. Like a lookup it neither authorises
 * nor audits: {@link ProductAdverseEvents} does both. Injected as a list, so the product module works without it.
 */
public interface ProductEvents {

    /** The clinic's events linked to the product (its identifier as the product has it), newest first. */
    List<ProductEvent> ofProduct(ClinicId clinic, String productId);
}
