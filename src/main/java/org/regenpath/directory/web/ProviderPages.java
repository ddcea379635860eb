package org.regenpath.directory.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.directory.DirectoryListings;
import org.regenpath.directory.DirectoryProperties;
import org.regenpath.directory.Listing;
import org.regenpath.directory.ProviderSearch;
import org.regenpath.directory.TreatmentCategory;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public directory for people without an account: the search form with its results, nearest first, and each
 * provider's page with its claims marked verified or not. Server-rendered, no script needed.
 */
@Controller
class ProviderPages {

    static final List<Integer> RADII = List.of(10, 25, 50, 100, 250, 500);

    private final ProviderSearch search;
    private final DirectoryListings listings;
    private final DirectoryProperties properties;
    private final JsonMapper json;

    ProviderPages(ProviderSearch search, DirectoryListings listings, DirectoryProperties properties,
            JsonMapper json) {
        this.search = search;
        this.listings = listings;
        this.properties = properties;
        this.json = json;
    }

    @GetMapping("/providers")
    String search(@RequestParam(required = false) String zip, @RequestParam(required = false) String radius,
            @RequestParam(required = false) String condition, @RequestParam(required = false) String treatment,
            @RequestParam(required = false) String cellSource, @RequestParam(required = false) String verified,
            @RequestParam(required = false) String virtual, @RequestParam(required = false) String maxPrice,
            Model model) {
        boolean verifiedOnly = "true".equals(verified);
        boolean virtualOnly = "true".equals(virtual);
        String r = radius == null || radius.isBlank() ? "25" : radius.strip();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("zip", zip == null ? "" : zip.strip());
        form.put("radius", r);
        form.put("condition", condition == null ? "" : condition);
        form.put("treatment", treatment == null ? "" : treatment);
        form.put("cellSource", cellSource == null ? "" : cellSource);
        form.put("maxPrice", maxPrice == null ? "" : maxPrice.strip());
        model.addAttribute("form", form);
        model.addAttribute("verifiedOnly", verifiedOnly);
        model.addAttribute("virtualOnly", virtualOnly);
        model.addAttribute("radii", RADII);
        model.addAttribute("conditions", listings.conditions());
        model.addAttribute("treatments", TreatmentCategory.values());
        model.addAttribute("cellSources", List.of(CellSource.AUTOLOGOUS_BONE_MARROW, CellSource.AUTOLOGOUS_ADIPOSE,
                CellSource.ALLOGENEIC_UMBILICAL_CORD, CellSource.ALLOGENEIC_WHARTONS_JELLY,
                CellSource.ALLOGENEIC_PLACENTAL, CellSource.ALLOGENEIC_AMNIOTIC_FLUID));
        model.addAttribute("canonical", properties.baseUrl() + "/providers");
        model.addAttribute("errors", Map.of());
        if (zip != null) {
            try {
                model.addAttribute("result", search.search(new ProviderSearch.Query(zip, r, condition, treatment,
                        cellSource, verifiedOnly, virtualOnly, maxPrice)));
            } catch (InvalidInput e) {
                model.addAttribute("errors", e.fieldErrors());
            }
        }
        model.addAttribute("names", (ConditionNames) listings::conditionName);
        return "directory/search";
    }

    @GetMapping("/providers/{slug}")
    String provider(@PathVariable String slug, Model model) {
        Listing listing = listings.published(slug).orElseThrow(() -> new NotFound("There is no such provider."));
        String canonical = properties.baseUrl() + "/providers/" + listing.slug();
        model.addAttribute("listing", listing);
        model.addAttribute("names", (ConditionNames) listings::conditionName);
        model.addAttribute("canonical", canonical);
        model.addAttribute("description", description(listing));
        model.addAttribute("jsonLd", StructuredData.of(listing, canonical, json, listings::conditionName));
        return "directory/provider";
    }

    /** One line for search engines and link previews: what and where, from the listing's own words. */
    private static String description(Listing l) {
        String where = l.locations().isEmpty() ? "" : " in " + l.locations().get(0).city() + ", "
                + l.locations().get(0).stateCode();
        String what = l.offersStemCells() ? "Stem cell therapy for chronic pain" : "Chronic pain treatment";
        return what + where + (l.verified() ? "; claims verified by the directory." : "; claims not verified.");
    }
}
