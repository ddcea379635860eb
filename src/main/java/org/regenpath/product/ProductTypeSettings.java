package org.regenpath.product;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.ProductType;

/**
 * A clinic's configuration for one product type: how long a product keeps after collection, what it must meet to
 * be released, and who set these values on what basis. Clinic configuration, not a standard: Regenpath ships no
 * values, and refuses to collect or release a product type the clinic has not configured.
 *
 * @param productType the product type
 * @param shelfLife how long after collection the product expires; it cannot be administered after that
 * @param criteria the release criteria
 * @param source who set these values and on what basis, e.g. "Lab SOP LAB-012 v3, approved by the lab director
 *     on 2026-10-01"
 */
public record ProductTypeSettings(ProductType productType, Duration shelfLife, QcCriteria criteria, String source) {

    public ProductTypeSettings {
        Objects.requireNonNull(productType, "productType");
        source = source == null ? null : source.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (shelfLife == null || shelfLife.isNegative() || shelfLife.isZero()) {
            errors.put("shelfLife", "Set a shelf life longer than zero");
        }
        if (criteria == null) {
            errors.put("criteria", "Set the release criteria");
        }
        if (source == null || source.isEmpty()) {
            errors.put("source", "Say who set these values and on what basis");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
