package org.regenpath.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.regenpath.shared.PatientId;

/**
 * The comorbidities and medicines screening needs, one answer per {@link HealthFact} (UNKNOWN until answered), and
 * the two measurements screening compares with the clinic's policy.
 *
 * @param hba1cPercent the latest HbA1c in percent, or {@code null} when not recorded
 * @param bmi body mass index in kg/m2, or {@code null} when not recorded
 * @param updatedAt when it was last saved, or {@code null} when never
 * @param version 0 when never saved; send it back with a change
 */
public record HealthScreen(
        PatientId patientId,
        Map<HealthFact, Answer> answers,
        String otherMedications,
        String otherConditions,
        BigDecimal hba1cPercent,
        BigDecimal bmi,
        Instant updatedAt,
        String updatedBy,
        int version) {

    public Answer answer(HealthFact fact) {
        return answers.getOrDefault(fact, Answer.UNKNOWN);
    }
}
