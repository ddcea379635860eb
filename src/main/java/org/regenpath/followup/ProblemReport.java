package org.regenpath.followup;

import java.time.Instant;
import java.time.LocalDate;
import org.regenpath.shared.PatientId;

/**
 * A problem the patient reported, as reported.
 *
 * @param id the report
 * @param patientId whose
 * @param description what happened, in the patient's words
 * @param startedOn when it started, or {@code null} when not given
 * @param severity the patient's rating
 * @param reportedAt when
 * @param reportedBy who entered it (the patient, or staff taking a call)
 * @param reportedByRole their role
 */
public record ProblemReport(long id, PatientId patientId, String description, LocalDate startedOn,
        ProblemSeverity severity, Instant reportedAt, String reportedBy, String reportedByRole) {}
