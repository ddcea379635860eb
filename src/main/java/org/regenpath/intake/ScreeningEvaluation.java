package org.regenpath.intake;

import java.time.LocalDate;
import java.util.List;
import org.regenpath.shared.PatientId;

/**
 * A candidacy evaluation: the worst outcome over every finding, every finding with its rule and source, the
 * evidence level of each active condition, the rule set version it was made with, and the clinic policy (the
 * thresholds no guideline sets) it applied.
 */
public record ScreeningEvaluation(
        PatientId patientId,
        String ruleSetVersion,
        ClinicPolicy clinicPolicy,
        Outcome outcome,
        List<Finding> findings,
        List<ConditionEvidence> evidence,
        LocalDate evaluatedOn) {}
