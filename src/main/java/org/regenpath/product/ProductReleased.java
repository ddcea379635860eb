package org.regenpath.product;

import java.time.Instant;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;

/**
 * A cell product was released for administration.
 *
 * @param productId the product identifier
 * @param patientId whose product
 * @param clinicId the clinic
 * @param productType what it is
 * @param expiresAt when it expires
 * @param releasedAt when it was released
 */
public record ProductReleased(
        String productId, PatientId patientId, ClinicId clinicId, ProductType productType, Instant expiresAt,
        Instant releasedAt) {}
