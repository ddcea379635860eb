package org.regenpath.product;

import java.time.Instant;
import java.util.Objects;
import org.regenpath.shared.InjectionSite;

/**
 * An injection already given under the plan version in force: which site, which product, when. A plan version
 * authorises one injection at each site it lists, so the bedside check stops a second one at the same site.
 *
 * @param site where it was given
 * @param productId the product given
 * @param at when
 */
public record PlanInjection(InjectionSite site, String productId, Instant at) {

    public PlanInjection {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(at, "at");
    }
}
