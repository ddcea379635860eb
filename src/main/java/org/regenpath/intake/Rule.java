package org.regenpath.intake;

import java.util.Set;

/**
 * One screening rule as the rule set file states it. Only the parameters of its kind are set: {@code fact} for
 * FACT and DIABETES_CONTROL, {@code highRiskSites} and {@code highRiskMessage} optionally for FACT, {@code minMonths}
 * for CHRONIC_DURATION, {@code categories} for CONSERVATIVE_CARE, {@code minGrade} for OA_SEVERITY, {@code levels}
 * for EVIDENCE_LEVEL, {@code conditions} for CONDITION.
 */
record Rule(
        String id,
        RuleKind kind,
        Outcome outcome,
        String message,
        String patientMessage,
        String passMessage,
        String unknownMessage,
        String source,
        HealthFact fact,
        Integer minMonths,
        Set<TreatmentCategory> categories,
        Integer minGrade,
        Set<EvidenceLevel> levels,
        Set<String> conditions,
        Set<String> highRiskSites,
        String highRiskMessage) {}
