package org.regenpath.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;

/**
 * A plan version was approved and is now the plan in force for the patient.
 *
 * @param planId the plan
 * @param versionNumber the approved version
 * @param patientId whose plan
 * @param clinicId the patient's clinic
 * @param pathway the regulatory pathway at approval
 * @param cellSource the planned cell source
 * @param productType the planned product type
 * @param sites the planned injection sites
 * @param approvedAt when
 * @param plannedHarvestDate the planned harvest date, or {@code null} when the plan has none (donor tissue)
 * @param plannedProcedureDate the planned injection date
 */
public record PlanApproved(
        long planId,
        int versionNumber,
        PatientId patientId,
        ClinicId clinicId,
        RegulatoryPathway pathway,
        CellSource cellSource,
        ProductType productType,
        Set<InjectionSite> sites,
        Instant approvedAt,
        LocalDate plannedHarvestDate,
        LocalDate plannedProcedureDate) {}
