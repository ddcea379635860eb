package org.regenpath.procedure;

import java.time.Instant;
import java.time.LocalDate;
import org.regenpath.product.ProductState;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;

/**
 * A procedure an approved plan plans for a day, with where its product and the procedure stand.
 *
 * @param planId the plan
 * @param patientId whose
 * @param patientName "Family, Given"
 * @param mrn the clinic's medical record number
 * @param plannedOn the planned injection date
 * @param productType the planned product type
 * @param sites the planned sites, as a person reads them
 * @param productId the newest product collected for the plan, or {@code null}
 * @param productState its state, or {@code null} when none was collected
 * @param treatedAt when the procedure was recorded as performed, or {@code null}
 * @param consentWithdrawn true when the patient withdrew consent to the plan
 */
public record DayListEntry(long planId, PatientId patientId, String patientName, String mrn, LocalDate plannedOn,
        ProductType productType, String sites, String productId, ProductState productState, Instant treatedAt,
        boolean consentWithdrawn) {

    /** The product's state in words, or "not collected". */
    public String productStateInWords() {
        if (productState == null) {
            return "Not collected";
        }
        return productState.label();
    }
}
