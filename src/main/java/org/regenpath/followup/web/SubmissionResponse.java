package org.regenpath.followup.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.followup.StoredResponse;
import org.regenpath.instrument.Provenance;
import org.regenpath.instrument.ScaleScore;
import org.regenpath.instrument.ScoreStatus;
import org.regenpath.shared.PatientId;

/**
 * A submitted questionnaire response with its scores as the JSON API sends it (decision 0038): its own types, so
 * the modules may change {@link StoredResponse} and {@link ScaleScore} without changing what clients read. Field
 * names, order and values are those clients have always read; the schemas keep their published names.
 */
@Schema(name = "StoredResponse")
record SubmissionResponse(long id, long taskId, PatientId patientId, String instrumentId, String timePointId,
        LocalDate answeredOn, Instant submittedAt, String submittedBy, String submittedByRole, boolean late,
        String resource, List<Score> scores) {

    /** The score of one scale. */
    @Schema(name = "ScaleScore")
    record Score(String scale, String label, ScoreStatus status, Double value, Integer rawSum, int answered,
            int itemCount, String band, Provenance provenance, String note) {

        /** True when a value was computed (clients have always read it as {@code scored}). */
        public boolean isScored() {
            return status == ScoreStatus.SCORED;
        }

        static Score of(ScaleScore s) {
            return new Score(s.scale(), s.label(), s.status(), s.value(), s.rawSum(), s.answered(), s.itemCount(),
                    s.band(), s.provenance(), s.note());
        }
    }

    static SubmissionResponse of(StoredResponse r) {
        return new SubmissionResponse(r.id(), r.taskId(), r.patientId(), r.instrumentId(), r.timePointId(),
                r.answeredOn(), r.submittedAt(), r.submittedBy(), r.submittedByRole(), r.late(), r.resource(),
                r.scores().stream().map(Score::of).toList());
    }
}
