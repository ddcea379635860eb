package org.regenpath.followup.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.regenpath.followup.ProblemReport;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.shared.PatientId;

/**
 * A problem a patient reported as the JSON API sends it (decision 0038): its own type, so the module may change
 * {@link ProblemReport} without changing what clients read. Field names, order and values are those clients have
 * always read; the schema keeps its published name.
 */
@Schema(name = "ProblemReport")
record ProblemReportResponse(long id, PatientId patientId, String description, LocalDate startedOn,
        ProblemSeverity severity, Instant reportedAt, String reportedBy, String reportedByRole) {

    static ProblemReportResponse of(ProblemReport r) {
        return new ProblemReportResponse(r.id(), r.patientId(), r.description(), r.startedOn(), r.severity(),
                r.reportedAt(), r.reportedBy(), r.reportedByRole());
    }
}
