package org.regenpath.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the screening engine looks at: today's date, the patient's active pain conditions and the health-screen
 * answers (a missing answer counts as UNKNOWN).
 */
record ScreeningSubject(LocalDate today, List<Condition> conditions, Map<HealthFact, Answer> answers) {

    /** An active (not entered-in-error) pain condition, reduced to what the rules need. */
    record Condition(
            long id,
            String name,
            LocalDate onsetDate,
            boolean osteoarthritis,
            Integer klGrade,
            Set<TreatmentCategory> tried) {}

    Answer answer(HealthFact fact) {
        return answers.getOrDefault(fact, Answer.UNKNOWN);
    }
}
