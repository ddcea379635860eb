package org.regenpath.procedure;

import java.time.Instant;
import java.util.List;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.PatientId;

/**
 * A procedure was recorded; follow-up schedules hang on it.
 *
 * @param procedureId the record
 * @param patientId who was treated
 * @param clinicId the clinic
 * @param planId the treatment plan followed
 * @param productId the product injected
 * @param sites the sites injected
 * @param performedAt when
 */
public record ProcedureCompleted(
        long procedureId, PatientId patientId, ClinicId clinicId, long planId, String productId,
        List<InjectionSite> sites, Instant performedAt) {}
