package org.regenpath.intake;

import java.time.LocalDate;

/**
 * A treatment as entered. Nulls are allowed here so that the service can name every missing field.
 *
 * @param description optional, at most 200 characters
 * @param durationWeeks 0 to 1040 (20 years); 0 means less than a week
 * @param startDate optional; not in the future, not after {@code lastDate}
 * @param lastDate the last dose, session or injection; required for a steroid injection; not in the future
 * @param injectionSite for an injection (steroid injection, nerve block), the catalog body site injected; required
 *     for a steroid injection and refused for kinds that are not injections
 */
public record TreatmentInput(
        TreatmentCategory category,
        String description,
        Integer durationWeeks,
        TreatmentResponse response,
        LocalDate startDate,
        LocalDate lastDate,
        String injectionSite) {

    /** A treatment other than an injection, without dates. */
    public TreatmentInput(TreatmentCategory category, String description, Integer durationWeeks,
            TreatmentResponse response) {
        this(category, description, durationWeeks, response, null, null, null);
    }
}
