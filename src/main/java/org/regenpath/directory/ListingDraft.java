package org.regenpath.directory;

import java.util.List;

/**
 * What a provider asks to be listed with, before any check; {@link ListingRules} checks all of it before anything
 * is written. Claims start unverified whatever the draft says.
 */
public record ListingDraft(String name, ProviderKind kind, String summary, String website, String phone,
        String email, boolean virtualConsults, Integer priceMinUsd, Integer priceMaxUsd, String priceIncludes,
        List<Listing.Location> locations, List<Listing.Treatment> treatments, List<String> conditionIds,
        List<Listing.Physician> physicians, List<ClaimDraft> claims) {

    public ListingDraft {
        locations = locations == null ? List.of() : List.copyOf(locations);
        treatments = treatments == null ? List.of() : List.copyOf(treatments);
        conditionIds = conditionIds == null ? List.of() : List.copyOf(conditionIds);
        physicians = physicians == null ? List.of() : List.copyOf(physicians);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /** A claim as the provider states it; for an FDA registration the value is the FEI number. */
    public record ClaimDraft(ClaimKind kind, String value) {}
}
