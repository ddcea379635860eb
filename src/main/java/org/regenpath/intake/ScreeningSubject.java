package org.regenpath.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the screening engine looks at: today's date, the patient's active pain conditions, the health-screen
 * answers (a missing answer counts as UNKNOWN), HbA1c and BMI ({@code null} when not recorded) and the clinic's
 * policy for the thresholds no guideline sets.
 */
record ScreeningSubject(
        LocalDate today,
        List<Condition> conditions,
        Map<HealthFact, Answer> answers,
        BigDecimal hba1cPercent,
        BigDecimal bmi,
        ClinicPolicy policy) {

    /** An active (not entered-in-error) pain condition, reduced to what the rules need. */
    record Condition(
            long id,
            String conditionId,
            String name,
            String bodySite,
            LocalDate onsetDate,
            boolean osteoarthritis,
            Integer klGrade,
            EvidenceLevel evidence,
            List<Treatment> treatments) {}

    Answer answer(HealthFact fact) {
        return answers.getOrDefault(fact, Answer.UNKNOWN);
    }
}
