package org.regenpath.intake.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.intake.EvidenceLevel;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.ScreeningEvaluation;
import org.regenpath.shared.PatientId;

/**
 * A candidacy evaluation as the JSON API sends it (decision 0038): its own type, with the clinic policy, findings
 * and evidence it holds, so the module may change {@link ScreeningEvaluation} without changing what clients read.
 * Field names, order and values are those clients have always read; the schemas keep their published names.
 */
@Schema(name = "ScreeningEvaluation")
record ScreeningEvaluationResponse(
        PatientId patientId,
        String ruleSetVersion,
        ClinicPolicyResponse clinicPolicy,
        Outcome outcome,
        List<Finding> findings,
        List<ConditionEvidence> evidence,
        LocalDate evaluatedOn) {

    /** What one screening rule found; a recorded decision keeps the same findings. */
    @Schema(name = "Finding")
    record Finding(
            String ruleId,
            Outcome outcome,
            String message,
            String patientMessage,
            String source,
            Long painConditionId,
            String condition) {

        static Finding of(org.regenpath.intake.Finding f) {
            return new Finding(f.ruleId(), f.outcome(), f.message(), f.patientMessage(), f.source(),
                    f.painConditionId(), f.condition());
        }
    }

    /** The evidence level of an active pain condition, shown with the screening. */
    @Schema(name = "ConditionEvidence")
    record ConditionEvidence(
            long painConditionId,
            String conditionId,
            String condition,
            EvidenceLevel level,
            String summary,
            List<String> sources) {

        static ConditionEvidence of(org.regenpath.intake.ConditionEvidence e) {
            return new ConditionEvidence(e.painConditionId(), e.conditionId(), e.condition(), e.level(), e.summary(),
                    e.sources());
        }
    }

    static ScreeningEvaluationResponse of(ScreeningEvaluation e) {
        return new ScreeningEvaluationResponse(e.patientId(), e.ruleSetVersion(),
                e.clinicPolicy() == null ? null : ClinicPolicyResponse.of(e.clinicPolicy()), e.outcome(),
                Responses.each(e.findings(), Finding::of), Responses.each(e.evidence(), ConditionEvidence::of),
                e.evaluatedOn());
    }
}
