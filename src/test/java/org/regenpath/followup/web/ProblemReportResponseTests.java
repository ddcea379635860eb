package org.regenpath.followup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regenpath.followup.web.ResponseJson.JSON;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.ProblemReport;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.shared.PatientId;

/** The API's own problem report type reads exactly as the module record did, field for field and in order. */
class ProblemReportResponseTests {

    @Test
    void serialisesAsTheModuleRecordDid() {
        ProblemReport full = new ProblemReport(9, PatientId.of(7), "Swelling at the injection site",
                LocalDate.parse("2026-12-04"), ProblemSeverity.VERY_SEVERE, Instant.parse("2026-12-05T14:00:00.123456Z"),
                "Jane Doe", "PATIENT");
        ProblemReport noStart = new ProblemReport(10, PatientId.of(7), "Knee feels warm", null, ProblemSeverity.MILD,
                Instant.parse("2026-12-06T09:00:00Z"), "Carol Coordinator", "COORDINATOR");
        for (ProblemReport r : List.of(full, noStart)) {
            ResponseJson.assertReadsAsRecord(ProblemReportResponse.of(r), r);
        }
        assertThat(JSON.writeValueAsString(ProblemReportResponse.of(full)))
                .isEqualTo("{\"id\":9,\"patientId\":7,\"description\":\"Swelling at the injection site\","
                        + "\"startedOn\":\"2026-12-04\",\"severity\":\"VERY_SEVERE\","
                        + "\"reportedAt\":\"2026-12-05T14:00:00.123456Z\",\"reportedBy\":\"Jane Doe\","
                        + "\"reportedByRole\":\"PATIENT\"}");
    }
}
