package org.regenpath.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.regenpath.directory.DirectoryListings;
import org.regenpath.directory.DirectoryProperties;
import org.regenpath.directory.ProviderSearch;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public directory search as JSON, open to anyone: the same search as {@code /providers}. A ZIP code nobody
 * can place, a radius outside 1–500 miles or an unknown filter is answered 400 with the field named.
 */
@RestController
class DirectoryApi {

    private final ProviderSearch search;
    private final DirectoryListings listings;
    private final DirectoryProperties properties;

    DirectoryApi(ProviderSearch search, DirectoryListings listings, DirectoryProperties properties) {
        this.search = search;
        this.listings = listings;
        this.properties = properties;
    }

    @Operation(summary = "Find published providers near a US ZIP code, nearest first")
    @GetMapping("/api/directory/providers")
    ProviderSearchResponse providers(
            @Parameter(description = "5-digit US ZIP code") @RequestParam(required = false) String zip,
            @Parameter(description = "miles, 1 to 500") @RequestParam(required = false) String radius,
            @Parameter(description = "condition id from the condition catalog, e.g. knee-oa")
            @RequestParam(required = false) String condition,
            @Parameter(description = "treatment category, e.g. STEM_CELL_THERAPY")
            @RequestParam(required = false) String treatment,
            @Parameter(description = "cell source, e.g. AUTOLOGOUS_BONE_MARROW")
            @RequestParam(required = false) String cellSource,
            @Parameter(description = "only providers whose every claim was verified")
            @RequestParam(defaultValue = "false") boolean verified,
            @Parameter(description = "only providers offering virtual consults")
            @RequestParam(defaultValue = "false") boolean virtual,
            @Parameter(description = "the most you would pay, whole US dollars")
            @RequestParam(required = false) String maxPrice) {
        var result = search.search(new ProviderSearch.Query(zip, radius, condition, treatment, cellSource, verified,
                virtual, maxPrice));
        return ProviderSearchResponse.of(result, properties.baseUrl(), listings::conditionName);
    }
}
