package org.regenpath.intake;

import java.time.Instant;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;

/**
 * Published when a clinician records a candidacy decision, inside the transaction that stores it (the event
 * publication registry keeps it for listeners such as treatment planning).
 */
public record CandidacyDecided(
        PatientId patientId,
        ClinicId clinicId,
        long decisionId,
        Outcome outcome,
        Outcome evaluatedOutcome,
        boolean overridden,
        String ruleSetVersion,
        Instant decidedAt) {}
