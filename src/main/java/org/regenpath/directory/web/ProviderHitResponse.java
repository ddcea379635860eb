package org.regenpath.directory.web;

import java.util.List;
import java.util.Objects;
import org.regenpath.directory.Listing;
import org.regenpath.directory.ProviderSearch;

/**
 * One provider found: where its nearest location is and how far, what it offers, and each claim with whether a
 * directory editor verified it.
 *
 * @param miles the great-circle distance, rounded to a tenth of a mile
 * @param cellSources the cell sources of its stem cell therapy, as words
 */
record ProviderHitResponse(String slug, String name, String kind, String url, double miles, String city,
        String stateCode, String zip, boolean verified, boolean virtualConsults, Integer priceMinUsd, Integer priceMaxUsd,
        List<String> conditions, List<String> treatments, List<String> cellSources, List<ClaimResponse> claims) {

    static ProviderHitResponse of(ProviderSearch.Hit h, String baseUrl, ConditionNames names) {
        Listing l = h.listing();
        return new ProviderHitResponse(l.slug(), l.name(), l.kind().label(), baseUrl + "/providers/" + l.slug(),
                Math.round(h.miles() * 10) / 10.0, h.nearest().city(), h.nearest().stateCode(), h.nearest().zip(),
                l.verified(), l.virtualConsults(), l.priceMinUsd(), l.priceMaxUsd(),
                l.conditionIds().stream().map(names::name).toList(),
                l.treatments().stream().map(t -> t.category().label()).distinct().toList(),
                l.treatments().stream().map(Listing.Treatment::cellSource).filter(Objects::nonNull)
                        .map(s -> s.label()).distinct().toList(),
                l.claims().stream().map(ClaimResponse::of).toList());
    }

    /** A claim and its verification: by whom and when, and for an FEI number the day it was looked up. */
    record ClaimResponse(String kind, String value, boolean verified, String verifiedBy, String verifiedAt,
            String lookedUpOn) {

        static ClaimResponse of(Listing.Claim c) {
            return new ClaimResponse(c.kind().label(), c.value(), c.verified(), c.verifiedBy(),
                    c.verifiedAt() == null ? null : c.verifiedAt().toString(),
                    c.lookedUpOn() == null ? null : c.lookedUpOn().toString());
        }
    }
}
