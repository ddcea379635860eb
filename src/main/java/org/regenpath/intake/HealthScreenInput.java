package org.regenpath.intake;

import java.util.Map;

/**
 * A health screen as entered. A fact left out, or answered null, is UNKNOWN.
 *
 * @param otherMedications free text, at most 1000 characters
 * @param otherConditions free text, at most 1000 characters
 */
public record HealthScreenInput(
        Map<HealthFact, Answer> answers, String otherMedications, String otherConditions) {}
