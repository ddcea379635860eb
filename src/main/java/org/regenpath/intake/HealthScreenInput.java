package org.regenpath.intake;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A health screen as entered. A fact left out, or answered null, is UNKNOWN.
 *
 * @param otherMedications free text, at most 1000 characters
 * @param otherConditions free text, at most 1000 characters
 * @param hba1cPercent the latest HbA1c in percent (NGSP), 3 to 20; optional, needed when the patient has diabetes
 * @param bmi body mass index in kg/m2, 10 to 100; screening needs it
 */
public record HealthScreenInput(
        Map<HealthFact, Answer> answers,
        String otherMedications,
        String otherConditions,
        BigDecimal hba1cPercent,
        BigDecimal bmi) {

    /** A screen without measurements. */
    public HealthScreenInput(Map<HealthFact, Answer> answers, String otherMedications, String otherConditions) {
        this(answers, otherMedications, otherConditions, null, null);
    }
}
