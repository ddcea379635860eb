package org.regenpath.intake;

import java.util.List;

/**
 * An ICD-10-CM FY2026 code allowed for a catalog condition.
 *
 * @param laterality the side the code itself carries, or {@code null} when the code has no side
 * @param bodySites the body sites the code is limited to; empty when any of the condition's sites fits
 * @param verified whether the code's title was checked against a public page, named in {@code source}
 */
public record ConditionCode(
        String code, String display, Laterality laterality, List<String> bodySites, boolean verified, String source) {

    /** True when the code carries a side (right, left or bilateral). */
    public boolean hasLaterality() {
        return laterality != null;
    }

    public boolean fits(String bodySite) {
        return bodySites.isEmpty() || bodySites.contains(bodySite);
    }
}
