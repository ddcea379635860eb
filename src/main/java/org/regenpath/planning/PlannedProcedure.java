package org.regenpath.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;

/**
 * A procedure an approved plan version (the one in force) plans: for day lists and worklists.
 *
 * @param planId the plan
 * @param versionNumber the version in force
 * @param patientId whose plan
 * @param productType the planned product type
 * @param sites the planned injection sites
 * @param plannedHarvestDate the planned harvest date, or {@code null} (donor tissue)
 * @param plannedProcedureDate the planned injection date
 * @param approvedAt when the version was approved
 * @param consent the patient's consent to the version as it stands now
 */
public record PlannedProcedure(
        long planId,
        int versionNumber,
        PatientId patientId,
        ProductType productType,
        List<InjectionSite> sites,
        LocalDate plannedHarvestDate,
        LocalDate plannedProcedureDate,
        Instant approvedAt,
        ConsentInForce consent) {

    /** The sites as a person reads them ("knee joint, left; hip joint, right"). */
    public String sitesText() {
        return String.join("; ", sites.stream().map(InjectionSite::describe).toList());
    }
}
