package org.regenpath.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.StaffMember;

/**
 * What the bedside screen collected before an injection: the two scans as typed by the scanner (a USB scanner
 * types like a keyboard, and typing works too), the site and volume chosen, the operator and the second person, and the time
 * from the application's clock.
 *
 * @param wristband the text scanned from the patient's wristband: the patient id
 * @param productLabel the text scanned from the product label: the product identifier with its check character
 * @param site the injection site chosen, or {@code null} if none was chosen
 * @param volumeMl the volume to inject, in millilitres, or {@code null} if none was entered
 * @param operator who will inject
 * @param verifier the second person confirming, or {@code null} if none has yet
 * @param at now
 */
public record BedsideScan(
        String wristband, String productLabel, InjectionSite site, BigDecimal volumeMl, StaffMember operator,
        StaffMember verifier, Instant at) {

    public BedsideScan {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(at, "at");
    }
}
