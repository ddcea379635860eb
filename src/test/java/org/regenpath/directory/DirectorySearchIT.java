package org.regenpath.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.Actor;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.ProductType;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The public search and provider pages on the real database: distances from SQL equal the haversine worked out in
 * Java, the radius is inclusive at its edge, claims show as verified or not, FEI numbers are checked and unique,
 * script in a listing is never markup, and nothing unpublished is shown. Each test makes its own providers in a
 * corner of the map no demo provider is in (around ZIP 59001, Absarokee, Montana) with a unique name.
 */
class DirectorySearchIT extends WebIT {

    /** Absarokee, MT: the Census centroid the tests search from. */
    static final String ZIP = "59001";

    @Autowired
    DirectoryListings listings;
    @Autowired
    DirectoryEditing editing;
    @Autowired
    ProviderSearch search;
    @Autowired
    ZipCentroids zips;

    /** The demo editor as signed in, with the display name verifications are recorded under. */
    Actor editor() {
        return principal(EDITOR).actor(null);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A provider at a ZIP code's centroid, with an FEI claim and a board certification, unverified. */
    static ListingDraft draft(String name, String zip, String fei) {
        return new ListingDraft(name, ProviderKind.OUTSIDE_CLINIC, "Knee injections.", "https://x.example",
                "+1 406 555 0100", null, true, 3000, 6000, "One injection",
                List.of(new Listing.Location(null, null, "Somewhere", "MT", zip, 0, 0)),
                List.of(Listing.Treatment.stemCells(CellSource.AUTOLOGOUS_BONE_MARROW,
                        ProductType.BONE_MARROW_CONCENTRATE)),
                List.of("knee-oa"), List.of(new Listing.Physician("Dr. Test", "MD", null)),
                List.of(new ListingDraft.ClaimDraft(ClaimKind.FDA_HCTP_REGISTRATION, fei),
                        new ListingDraft.ClaimDraft(ClaimKind.BOARD_CERTIFICATION, "Dr. Test: ABA")));
    }

    static String fei() {
        return String.valueOf(1_000_000_000L + (long) (Math.random() * 8_999_999_999L));
    }

    Listing published(String name, String zip) {
        Listing l = listings.register(editor(), draft(name, zip, fei()));
        return editing.publish(editor(), l.id(), true);
    }

    ProviderSearch.Result near(String zip, int radius) {
        return search.search(new ProviderSearch.Query(zip, String.valueOf(radius), null, null, null, false, false,
                null));
    }

    @Test
    void distancesFromSqlAreTheHaversineAndTheNearestComesFirst() {
        String tag = unique();
        Listing billings = published("Billings " + tag, "59101");
        Listing columbus = published("Columbus " + tag, "59019");
        var from = zips.of(ZIP).orElseThrow();
        var result = near(ZIP, 100);
        List<ProviderSearch.Hit> mine = result.hits().stream().filter(h -> h.listing().name().endsWith(tag)).toList();
        assertThat(mine).extracting(h -> h.listing().id()).containsExactly(columbus.id(), billings.id());
        for (ProviderSearch.Hit h : mine) {
            var to = zips.of(h.nearest().zip()).orElseThrow();
            assertThat(h.miles()).isCloseTo(GreatCircle.miles(from.latitude(), from.longitude(), to.latitude(),
                    to.longitude()), within(1e-6));
        }
        assertThat(result.hits()).extracting(ProviderSearch.Hit::miles).isSorted();
    }

    @Test
    void theRadiusIsInclusiveAtItsEdgeAndExcludesWhatLiesBeyond() {
        String tag = unique();
        Listing billings = published("Edge " + tag, "59101");
        var from = zips.of(ZIP).orElseThrow();
        var to = zips.of("59101").orElseThrow();
        double d = GreatCircle.miles(from.latitude(), from.longitude(), to.latitude(), to.longitude());
        assertThat(ids(near(ZIP, (int) Math.floor(d)))).doesNotContain(billings.id());
        assertThat(ids(near(ZIP, (int) Math.ceil(d)))).contains(billings.id());
    }

    @Test
    void badPlacesAndRadiiAreRefusedNamingTheField() throws Exception {
        for (String radius : new String[] {"0", "10000", "-5", "abc"}) {
            assertThatThrownBy(() -> search.search(new ProviderSearch.Query(ZIP, radius, null, null, null, false,
                    false, null))).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("radius"));
        }
        mvc.perform(get("/api/directory/providers").param("zip", "00000").param("radius", "25"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.zip").exists());
        mvc.perform(get("/api/directory/providers").param("zip", "12207").param("radius", "10000"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.radius").exists());
        mvc.perform(get("/api/directory/providers").param("zip", "12207").param("radius", "0"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.radius").exists());
        String page = mvc.perform(get("/providers").param("zip", "00000").param("radius", "25"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("ZIP code 00000 is not one we can place");
    }

    @Test
    void anyoneSearchesNearAlbanyAndGetsSeveralProvidersWithTheirDistance() throws Exception {
        mvc.perform(get("/api/directory/providers").param("zip", "12207").param("radius", "25"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.providers.length()").value(org.hamcrest.Matchers.greaterThan(3)))
                .andExpect(jsonPath("$.providers[0].miles").isNumber())
                .andExpect(jsonPath("$.providers[0].url").value(org.hamcrest.Matchers.startsWith("http")));
        String page = mvc.perform(get("/providers").param("zip", "12207").param("radius", "25")
                .param("condition", "knee-oa")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Demo Regenerative Pain Clinic", "miles");
    }

    @Test
    void claimsShowAsVerifiedWithWhoAndWhenOrAsNotVerified() throws Exception {
        String tag = unique();
        Listing l = published("Claims " + tag, "59001");
        Listing.Claim fda = l.claims().get(0);
        editing.verifyClaim(editor(), l.id(), fda.id(), LocalDate.of(2026, 12, 1));
        String page = mvc.perform(get("/providers/" + l.slug())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Claims not verified", "Not verified", "Verified",
                "by " + account(EDITOR).displayName(), "looked up in FDA&#39;s database on 1 Dec 2026");
        assertThat(ids(search.search(new ProviderSearch.Query(ZIP, "5", null, null, null, true, false, null))))
                .doesNotContain(l.id());

        editing.verifyClaim(editor(), l.id(), l.claims().get(1).id(), LocalDate.of(2026, 12, 2));
        page = mvc.perform(get("/providers/" + l.slug())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Claims verified").doesNotContain("class=\"unverified\"", "Claims not verified");
        // A board certification is looked up in its board's register, not in FDA's database.
        assertThat(page).contains("looked up in its register on 2 Dec 2026")
                .doesNotContain("looked up in FDA&#39;s database on 2 Dec 2026");
        assertThat(ids(search.search(new ProviderSearch.Query(ZIP, "5", null, null, null, true, false, null))))
                .contains(l.id());
    }

    @Test
    void anUnpublishedListingIsNowhereInPublic() throws Exception {
        Listing l = listings.register(editor(), draft("Hidden " + unique(), ZIP, fei()));
        mvc.perform(get("/providers/" + l.slug())).andExpect(status().isNotFound());
        assertThat(ids(near(ZIP, 5))).doesNotContain(l.id());
        assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString())
                .doesNotContain(l.slug());
        editing.publish(editor(), l.id(), true);
        assertThat(mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("/providers/" + l.slug() + "</loc>");
        assertThat(mvc.perform(get("/robots.txt")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Allow: /providers", "Sitemap: ");
    }

    @Test
    void aBadFeiAndAnFeiAnotherListingHoldsAreRefusedWithNothingWritten() throws Exception {
        String fei = fei();
        listings.register(editor(), draft("First " + unique(), ZIP, fei));
        long before = jdbc.sql("select count(*) from directory_provider").query(Long.class).single();
        assertThatThrownBy(() -> listings.register(editor(), draft("Second " + unique(), ZIP, fei)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already on another provider's listing");
        assertThatThrownBy(() -> listings.register(editor(), draft("Third " + unique(), ZIP, "12345")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("7 or 10 digits");
        String json = """
                {"name": "Api %s", "kind": "OUTSIDE_CLINIC", "virtualConsults": false,
                 "locations": [{"city": "Absarokee", "stateCode": "MT", "zip": "59001", "latitude": 0, "longitude": 0}],
                 "claims": [{"kind": "FDA_HCTP_REGISTRATION", "value": "%s"}]}""".formatted(unique(), fei);
        mvc.perform(post("/api/directory/editor/listings").with(as(EDITOR)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors['claims[0]']").exists());
        assertThat(jdbc.sql("select count(*) from directory_provider").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void scriptInAListingIsShownAsTextNeverAsMarkup() throws Exception {
        String script = "<script>alert('x')</script>";
        ListingDraft d = draft("Evil " + script + unique(), ZIP, fei());
        d = new ListingDraft(d.name(), d.kind(), "</script><img src=x onerror=alert(1)>", d.website(), d.phone(),
                d.email(), d.virtualConsults(), d.priceMinUsd(), d.priceMaxUsd(), "<b>bold</b>", d.locations(),
                d.treatments(), d.conditionIds(), d.physicians(), d.claims());
        Listing l = listings.register(editor(), d);
        editing.publish(editor(), l.id(), true);
        String page = mvc.perform(get("/providers/" + l.slug())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert", "<img src=x", "<b>bold")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "\\u003cscript\\u003e");
        String results = mvc.perform(get("/providers").param("zip", ZIP).param("radius", "5")).andReturn()
                .getResponse().getContentAsString();
        assertThat(results).doesNotContain("<script>alert").contains("&lt;script&gt;");
        assertThatThrownBy(() -> listings.register(editor(), new ListingDraft("Js " + unique(),
                ProviderKind.PRACTITIONER, null, "javascript:alert(1)", null, null, false, null, null, null,
                List.of(new Listing.Location(null, null, "A", "MT", ZIP, 0, 0)), null, null, null, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("website");
    }

    @Test
    void theProviderPageCarriesStructuredDataACanonicalUrlAndOpenGraphTags() throws Exception {
        Listing l = published("Tags " + unique(), ZIP);
        String page = mvc.perform(get("/providers/" + l.slug())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("application/ld+json", "\"@type\":\"MedicalClinic\"",
                "<link rel=\"canonical\" href=\"http://localhost:8080/providers/" + l.slug() + "\">",
                "property=\"og:title\"", "property=\"og:url\"");
    }

    private static List<Long> ids(ProviderSearch.Result r) {
        return r.hits().stream().map(h -> h.listing().id()).toList();
    }
}
