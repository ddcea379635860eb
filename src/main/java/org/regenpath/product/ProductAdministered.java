package org.regenpath.product;

import java.time.Instant;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.StaffMember;

/**
 * A cell product was injected after a passed bedside check.
 *
 * @param productId the product identifier
 * @param patientId who received it
 * @param clinicId the clinic
 * @param planId the treatment plan it was collected for
 * @param site where it was injected
 * @param operator who injected it
 * @param verifier the second person who confirmed the check
 * @param administeredAt when
 */
public record ProductAdministered(
        String productId, PatientId patientId, ClinicId clinicId, long planId, InjectionSite site,
        StaffMember operator, StaffMember verifier, Instant administeredAt) {}
