package org.regenpath.intake;

import java.time.Instant;
import java.util.Map;
import org.regenpath.shared.PatientId;

/**
 * The comorbidities and medicines screening needs, one answer per {@link HealthFact} (UNKNOWN until answered).
 *
 * @param updatedAt when it was last saved, or {@code null} when never
 * @param version 0 when never saved; send it back with a change
 */
public record HealthScreen(
        PatientId patientId,
        Map<HealthFact, Answer> answers,
        String otherMedications,
        String otherConditions,
        Instant updatedAt,
        String updatedBy,
        int version) {

    public Answer answer(HealthFact fact) {
        return answers.getOrDefault(fact, Answer.UNKNOWN);
    }
}
