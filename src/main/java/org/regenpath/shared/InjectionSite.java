package org.regenpath.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * Where cells go in: an anatomical region (a joint, tendon, ligament or disc, e.g. {@code knee joint} or
 * {@code L4-L5 disc}) and its side. The plan lists its sites, and the bedside check refuses a site that is not
 * in the plan, so two sites are equal when their regions match ignoring case and spacing and their sides match;
 * the region keeps the spelling it was entered with, for display.
 *
 * @param region the region in plain words, stored trimmed with single spaces
 * @param laterality the side
 */
public record InjectionSite(String region, Laterality laterality) {

    /** Longest region name accepted. */
    public static final int MAX_REGION_LENGTH = 100;

    public InjectionSite {
        Objects.requireNonNull(laterality, "laterality");
        region = normalise(region);
        if (region.isEmpty()) {
            throw InvalidInput.of("region", "Name the injection site, e.g. knee joint");
        }
        if (region.length() > MAX_REGION_LENGTH) {
            throw InvalidInput.of("region", "At most " + MAX_REGION_LENGTH + " characters");
        }
    }

    private static String normalise(String region) {
        return region == null ? "" : region.strip().replaceAll("\\s+", " ");
    }

    private String key() {
        return region.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InjectionSite that && laterality == that.laterality && key().equals(that.key());
    }

    @Override
    public int hashCode() {
        return Objects.hash(key(), laterality);
    }

    /** For messages: {@code left knee joint}, {@code midline L4-L5 disc}. */
    public String describe() {
        return laterality.label().toLowerCase(Locale.ROOT) + " " + region;
    }

    @Override
    public String toString() {
        return describe();
    }
}
