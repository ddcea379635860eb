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
 * @param baselineReason why the patient's baseline questionnaires are not completed, one of
 *     {@link BaselineWarnings#reasons()}, when the JSON API asks (decision 0029); {@code null} otherwise. The
 *     bedside check itself does not read it: the caller records it with {@link BaselineWarnings#explain} first
 * @param baselineNote a note to the reason, or {@code null}
 */
public record AdministrationInput(
        Long version, String wristband, String productLabel, String siteRegion, Laterality siteLaterality,
        String verifierEmail, String verifierPassword, String location, BigDecimal volumeMl, String notes,
        Instant happenedAt, String baselineReason, String baselineNote) {

    /** An injection as the bedside screen enters it, which asks about the baseline on a form of its own. */
    public AdministrationInput(Long version, String wristband, String productLabel, String siteRegion,
            Laterality siteLaterality, String verifierEmail, String verifierPassword, String location,
            BigDecimal volumeMl, String notes, Instant happenedAt) {
        this(version, wristband, productLabel, siteRegion, siteLaterality, verifierEmail, verifierPassword, location,
                volumeMl, notes, happenedAt, null, null);
    }

    /** An injection recorded as it happens. */
    public AdministrationInput(Long version, String wristband, String productLabel, String siteRegion,
            Laterality siteLaterality, String verifierEmail, String verifierPassword, String location,
            BigDecimal volumeMl, String notes) {
        this(version, wristband, productLabel, siteRegion, siteLaterality, verifierEmail, verifierPassword, location,
                volumeMl, notes, null);
    }
}
