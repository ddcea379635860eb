package org.regenpath.intake.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.regenpath.intake.CandidacyDecision;
import org.regenpath.intake.Outcome;
import org.regenpath.shared.PatientId;

/**
 * A recorded candidacy decision as the JSON API sends it (decision 0038): its own type, with the findings and
 * evidence of the evaluation it was made on (the same types the evaluation answers with), so the module may change
 * {@link CandidacyDecision} without changing what clients read. Field names, order and values are those clients
 * have always read; the schema keeps its published name.
 */
@Schema(name = "CandidacyDecision")
record CandidacyDecisionResponse(
        long id,
        PatientId patientId,
        Outcome outcome,
        Outcome evaluatedOutcome,
        boolean overridden,
        String reason,
        String note,
        String ruleSetVersion,
        String clinicPolicyVersion,
        List<ScreeningEvaluationResponse.Finding> findings,
        List<ScreeningEvaluationResponse.ConditionEvidence> evidence,
        String decidedBy,
        String decidedByRole,
        Instant decidedAt) {

    static CandidacyDecisionResponse of(CandidacyDecision d) {
        return new CandidacyDecisionResponse(d.id(), d.patientId(), d.outcome(), d.evaluatedOutcome(),
                d.overridden(), d.reason(), d.note(), d.ruleSetVersion(), d.clinicPolicyVersion(),
                Responses.each(d.findings(), ScreeningEvaluationResponse.Finding::of),
                Responses.each(d.evidence(), ScreeningEvaluationResponse.ConditionEvidence::of),
                d.decidedBy(), d.decidedByRole(), d.decidedAt());
    }
}
