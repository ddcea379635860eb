package org.regenpath.intake;

import java.time.LocalDate;

/**
 * A treatment the patient has tried for a pain condition, and how it worked.
 *
 * @param startDate when it began, or {@code null} when not recorded
 * @param lastDate the last dose, session or injection, or {@code null} when not recorded (still ongoing)
 * @param injectionSite for an injection, the body site injected (a catalog body site code); otherwise {@code null}
 */
public record Treatment(
        TreatmentCategory category,
        String description,
        int durationWeeks,
        TreatmentResponse response,
        LocalDate startDate,
        LocalDate lastDate,
        String injectionSite) {}
