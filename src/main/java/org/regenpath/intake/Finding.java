package org.regenpath.intake;

/**
 * What one screening rule found.
 *
 * @param ruleId the rule, e.g. {@code EXC-INFECTION}
 * @param outcome what the rule gives: ELIGIBLE when nothing stands in the way
 * @param message for the clinician
 * @param patientMessage in plain words, for the patient
 * @param source the public source the rule rests on
 * @param painConditionId the pain condition the finding concerns, or {@code null} for the patient as a whole
 * @param condition that condition's name, or {@code null}
 */
public record Finding(
        String ruleId,
        Outcome outcome,
        String message,
        String patientMessage,
        String source,
        Long painConditionId,
        String condition) {}
