package org.regenpath.followup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regenpath.followup.web.ResponseJson.JSON;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.StoredResponse;
import org.regenpath.instrument.Provenance;
import org.regenpath.instrument.ScaleScore;
import org.regenpath.instrument.ScoreStatus;
import org.regenpath.shared.PatientId;

/** The API's own submitted-response type reads exactly as the module record did, scores and {@code scored} too. */
class SubmissionResponseTests {

    static StoredResponse stored(List<ScaleScore> scores) {
        return new StoredResponse(77, 302, PatientId.of(7), "koos-jr", "3m", LocalDate.parse("2027-02-19"),
                Instant.parse("2027-02-21T09:30:00.654321Z"), "Carol Coordinator", "COORDINATOR", true,
                "{\"resourceType\":\"QuestionnaireResponse\"}", scores);
    }

    @Test
    void serialisesAsTheModuleRecordDid() {
        ScaleScore scored = new ScaleScore("total", "Total", ScoreStatus.SCORED, 68.285, 9, 7, 7, null,
                Provenance.TABLE_VERIFIED, null);
        ScaleScore notScored = new ScaleScore("pain", "Pain", ScoreStatus.NOT_SCORED, null, null, 2, 9, null,
                Provenance.NONE, "Too many items missing");
        for (StoredResponse r : List.of(stored(List.of()), stored(List.of(scored, notScored)))) {
            ResponseJson.assertReadsAsRecord(SubmissionResponse.of(r), r);
        }
        assertThat(JSON.writeValueAsString(SubmissionResponse.of(stored(List.of(scored, notScored)))))
                .startsWith("{\"id\":77,\"taskId\":302,\"patientId\":7,\"instrumentId\":\"koos-jr\"")
                .contains("\"scores\":[{\"scale\":\"total\",\"label\":\"Total\",\"status\":\"SCORED\",\"value\":68.285,"
                        + "\"rawSum\":9,", "\"provenance\":\"TABLE_VERIFIED\",\"note\":null,\"scored\":true}")
                .endsWith("\"note\":\"Too many items missing\",\"scored\":false}]}");
    }
}
