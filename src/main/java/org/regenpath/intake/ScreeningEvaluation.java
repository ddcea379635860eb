package org.regenpath.intake;

import java.time.LocalDate;
import java.util.List;
import org.regenpath.shared.PatientId;

/**
 * A candidacy evaluation: the worst outcome over every finding, every finding with its rule and source, the
 * evidence level of each active condition, and the rule set version it was made with.
 */
public record ScreeningEvaluation(
        PatientId patientId,
        String ruleSetVersion,
        Outcome outcome,
        List<Finding> findings,
        List<ConditionEvidence> evidence,
        LocalDate evaluatedOn) {}
