package org.regenpath.product;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ProductType;

/**
 * What a product label shows (21 CFR 1271.370(b): the distinct identification code, the type of HCT/P, the
 * expiration date and the 1271.90(c) warning), plus the collection time, the cell source, the patient and the
 * clinic.
 *
 * @param id the product identifier with its check character
 * @param productType the type of product
 * @param cellSource where the cells came from; decides the autologous warning
 * @param collectedAt when it was harvested
 * @param expiresAt when it expires
 * @param patient whose product it is
 * @param clinic the clinic's name (1271.370(c)(1): the establishment that releases it)
 * @param zone the clinic's time zone, in which the label shows its times (decisions 0011, 0023)
 */
record ProductLabel(ProductIdentifier id, ProductType productType, CellSource cellSource, Instant collectedAt,
        Instant expiresAt, LabelPatient patient, String clinic, ZoneId zone) {

    ProductLabel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(productType, "productType");
        Objects.requireNonNull(cellSource, "cellSource");
        Objects.requireNonNull(collectedAt, "collectedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(clinic, "clinic");
        Objects.requireNonNull(zone, "zone");
    }

    static ProductLabel of(CellProduct p, LabelPatient patient, String clinic, ZoneId zone) {
        return new ProductLabel(p.id(), p.productType(), p.cellSource(), p.collectedAt(), p.expiresAt(), patient,
                clinic, zone);
    }

    /**
     * Only cells known to come from the patient who receives them carry the autologous warning; donor products
     * and products of an unrecorded source must not.
     */
    boolean autologous() {
        return cellSource.isAutologous();
    }

    /**
     * Whether the label must say "NOT EVALUATED FOR INFECTIOUS SUBSTANCES" (21 CFR 1271.90(c)(2)): on an HCT/P
     * excepted from donor eligibility (here, autologous use, 1271.90(a)(1)) unless all otherwise applicable donor
     * screening and testing (1271.75, 1271.80, 1271.85) was performed. Regenpath records no donor screening or
     * testing, so every autologous product carries it; when donor testing is recorded, a fully tested donor's
     * product must drop it here.
     */
    boolean notEvaluatedForInfectiousSubstances() {
        return autologous();
    }

    /** What both barcodes carry, exactly what the bedside screen reads as a product label scan. */
    String scan() {
        return BedsideCheck.labelScan(id);
    }
}
