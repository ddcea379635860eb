package org.regenpath.followup;

import java.time.Instant;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;

/**
 * A patient reported a problem (e.g. pain or swelling after the injection); the safety module assesses it as a
 * possible adverse event.
 *
 * @param reportId the report
 * @param patientId whose
 * @param clinicId the patient's clinic
 * @param severity the patient's own rating
 * @param reportedAt when
 */
public record ProblemReported(long reportId, PatientId patientId, ClinicId clinicId, ProblemSeverity severity,
        Instant reportedAt) {}
