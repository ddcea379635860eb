package org.regenpath.registry;

import java.time.Instant;
import java.util.Objects;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;

/**
 * A treated procedure as the registry keeps it.
 *
 * @param procedureId the procedure record (the row's key)
 * @param clinicId the clinic
 * @param patientId who was treated
 * @param planId the treatment plan followed
 * @param productId the product injected
 * @param performedAt when
 * @param cellSource where the product's cells came from
 * @param productType what the product is
 * @param conditionId the catalog condition the plan treats (e.g. {@code knee-oa}), or {@code null} when the plan's
 *     condition is not in the patient's profile
 */
public record RegistryTreatment(long procedureId, ClinicId clinicId, PatientId patientId, long planId,
        String productId, Instant performedAt, CellSource cellSource, ProductType productType, String conditionId) {

    public RegistryTreatment {
        Objects.requireNonNull(clinicId, "clinicId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(performedAt, "performedAt");
        Objects.requireNonNull(cellSource, "cellSource");
        Objects.requireNonNull(productType, "productType");
    }
}
