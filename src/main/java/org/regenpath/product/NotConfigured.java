package org.regenpath.product;

import org.regenpath.shared.Conflict;
import org.regenpath.shared.ProductType;

/**
 * The clinic has not configured a product type's shelf life and release criteria, so its products can be neither
 * collected nor released. Only the clinic can supply these values; Regenpath has no defaults to fall back on.
 */
public class NotConfigured extends Conflict {

    private final ProductType productType;

    public NotConfigured(ProductType productType, String action) {
        super("productType", "No shelf life and release criteria are configured for " + productType.label()
                + ", so it cannot be " + action + ". The clinic's lab director must configure them first.");
        this.productType = productType;
    }

    public ProductType productType() {
        return productType;
    }
}
