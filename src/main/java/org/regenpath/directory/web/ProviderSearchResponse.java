package org.regenpath.directory.web;

import java.util.List;
import org.regenpath.directory.ProviderSearch;

/**
 * The public search as JSON: providers nearest first, each with its distance in miles from the ZIP code's Census
 * centroid and whether every claim on its listing was verified.
 *
 * @param more true when more providers matched than are listed
 */
record ProviderSearchResponse(String zip, double latitude, double longitude, int radiusMiles, boolean more,
        List<ProviderHitResponse> providers) {

    static ProviderSearchResponse of(ProviderSearch.Result r, String baseUrl, ConditionNames names) {
        return new ProviderSearchResponse(r.zip(), r.latitude(), r.longitude(), r.radius(), r.more(),
                r.hits().stream().map(h -> ProviderHitResponse.of(h, baseUrl, names)).toList());
    }
}
