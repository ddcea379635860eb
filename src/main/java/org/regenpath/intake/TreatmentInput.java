package org.regenpath.intake;

/**
 * A treatment as entered. Nulls are allowed here so that the service can name every missing field.
 *
 * @param description optional, at most 200 characters
 * @param durationWeeks 0 to 1040 (20 years); 0 means less than a week
 */
public record TreatmentInput(
        TreatmentCategory category, String description, Integer durationWeeks, TreatmentResponse response) {}
