package org.regenpath.product;

import java.time.LocalDate;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;

/**
 * An approved treatment plan the lab has not collected a product for yet (or whose products were all rejected or
 * discarded), with the patient as the label names them: the lab reads no charts.
 *
 * @param planId the plan
 * @param planVersion its approved version in force
 * @param patientId whose plan, for the collect page's address
 * @param patient the patient as the label names them ("Family, Given · MRN …")
 * @param productType the product to collect
 * @param sites the planned injection sites, as a person reads them
 * @param plannedHarvestDate the planned harvest date, or {@code null}
 * @param plannedProcedureDate the planned injection date, or {@code null}
 */
public record AwaitingCollection(long planId, int planVersion, PatientId patientId, String patient,
        ProductType productType, String sites, LocalDate plannedHarvestDate, LocalDate plannedProcedureDate) {}
