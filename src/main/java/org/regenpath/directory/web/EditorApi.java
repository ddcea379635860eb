package org.regenpath.directory.web;

import java.util.List;
import org.regenpath.directory.DirectoryListings;
import org.regenpath.directory.DirectoryProperties;
import org.regenpath.directory.Listing;
import org.regenpath.directory.ListingDraft;
import org.regenpath.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A directory editor enters the listing a provider outside Regenpath asked for: unpublished, every claim
 * unverified. An FEI number another listing holds is refused (400, the claim named). A location whose latitude and
 * longitude are both 0 is placed at its ZIP code's Census centroid.
 */
@RestController
class EditorApi {

    private final DirectoryListings listings;
    private final DirectoryProperties properties;

    EditorApi(DirectoryListings listings, DirectoryProperties properties) {
        this.listings = listings;
        this.properties = properties;
    }

    @PostMapping("/api/directory/editor/listings")
    @ResponseStatus(HttpStatus.CREATED)
    ListingResponse register(Actor actor, @RequestBody ListingDraft draft) {
        return ListingResponse.of(listings.register(actor, draft), properties.baseUrl());
    }

    /**
     * A listing as registered.
     *
     * @param url where it will be once published
     */
    record ListingResponse(long id, String slug, String name, boolean published, String url,
            List<ClaimStateResponse> claims) {

        static ListingResponse of(Listing l, String baseUrl) {
            return new ListingResponse(l.id(), l.slug(), l.name(), l.published(), baseUrl + "/providers/" + l.slug(),
                    l.claims().stream().map(c -> new ClaimStateResponse(c.id(), c.kind().name(), c.value(), c.verified()))
                            .toList());
        }
    }

    /** A claim and whether it is verified (a new one never is). */
    record ClaimStateResponse(long id, String kind, String value, boolean verified) {}
}
