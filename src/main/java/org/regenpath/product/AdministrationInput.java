package org.regenpath.product;

import java.math.BigDecimal;
import java.time.Instant;
import org.regenpath.shared.Laterality;

/**
 * The bedside screen's request to inject a product: the two scans as typed by the scanner, the site chosen, the
 * second person's own credentials, and the step details.
 *
 * @param version the product's optimistic-locking version the screen read
 * @param wristband the text scanned from the patient's wristband
 * @param productLabel the text scanned from the product label
 * @param siteRegion the injection site chosen, e.g. "knee joint"
 * @param siteLaterality its side
 * @param verifierEmail the second person's e-mail
 * @param verifierPassword the second person's password, typed by them
 * @param location where the injection happens
 * @param volumeMl the volume injected
 * @param notes notes, or {@code null}
 * @param happenedAt when the injection happened, for one recorded after the fact; {@code null} when it is
 *     happening now
 */
public record AdministrationInput(
        Long version, String wristband, String productLabel, String siteRegion, Laterality siteLaterality,
        String verifierEmail, String verifierPassword, String location, BigDecimal volumeMl, String notes,
        Instant happenedAt) {

    /** An injection recorded as it happens. */
    public AdministrationInput(Long version, String wristband, String productLabel, String siteRegion,
            Laterality siteLaterality, String verifierEmail, String verifierPassword, String location,
            BigDecimal volumeMl, String notes) {
        this(version, wristband, productLabel, siteRegion, siteLaterality, verifierEmail, verifierPassword, location,
                volumeMl, notes, null);
    }
}
