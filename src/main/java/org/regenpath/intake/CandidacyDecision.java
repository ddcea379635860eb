package org.regenpath.intake;

import java.time.Instant;
import java.util.List;
import org.regenpath.shared.PatientId;

/**
 * A recorded candidacy decision, with the evaluation it was made on. Decisions are never changed; the newest is
 * the current one.
 *
 * @param overridden true when the decision differs from the evaluated outcome; {@code reason} then says why
 * @param clinicPolicyVersion the version of the clinic policy the evaluation applied
 */
public record CandidacyDecision(
        long id,
        PatientId patientId,
        Outcome outcome,
        Outcome evaluatedOutcome,
        boolean overridden,
        String reason,
        String note,
        String ruleSetVersion,
        String clinicPolicyVersion,
        List<Finding> findings,
        List<ConditionEvidence> evidence,
        String decidedBy,
        String decidedByRole,
        Instant decidedAt) {}
