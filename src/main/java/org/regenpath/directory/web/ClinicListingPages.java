package org.regenpath.directory.web;

import java.util.Map;
import org.regenpath.directory.ClinicListingChange;
import org.regenpath.directory.ClinicListings;
import org.regenpath.directory.DirectoryListings;
import org.regenpath.directory.Listing;
import org.regenpath.shared.Actor;
import org.regenpath.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clinic admin's page for their own clinic's directory listing. */
@Controller
class ClinicListingPages {

    private final ClinicListings clinicListings;
    private final DirectoryListings listings;

    ClinicListingPages(ClinicListings clinicListings, DirectoryListings listings) {
        this.clinicListings = clinicListings;
        this.listings = listings;
    }

    @GetMapping("/admin/listing")
    String show(Actor actor, Model model) {
        var listing = clinicListings.own(actor);
        model.addAttribute("clinic", clinicListings.clinic(actor));
        model.addAttribute("listing", listing.orElse(null));
        model.addAttribute("names", (ConditionNames) listings::conditionName);
        if (!model.containsAttribute("change")) {
            model.addAttribute("change", listing.map(ClinicListingPages::change).orElse(new ClinicListingChange(
                    null, null, null, null, false, null, null, null, null, null, null, null)));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "directory/clinic-listing";
    }

    @PostMapping("/admin/listing")
    String save(Actor actor, @RequestParam(required = false) String summary,
            @RequestParam(required = false) String website, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String email, @RequestParam(required = false) String virtualConsults,
            @RequestParam(required = false) String priceMinUsd, @RequestParam(required = false) String priceMaxUsd,
            @RequestParam(required = false) String priceIncludes, @RequestParam(required = false) String street,
            @RequestParam(required = false) String city, @RequestParam(required = false) String state,
            @RequestParam(required = false) String zip, Model model, RedirectAttributes flash) {
        ClinicListingChange change;
        try {
            change = new ClinicListingChange(summary, website, phone, email, "true".equals(virtualConsults),
                    dollars("price", priceMinUsd), dollars("price", priceMaxUsd), priceIncludes, street, city,
                    state == null ? null : state.strip().toUpperCase(java.util.Locale.ROOT), zip);
            clinicListings.save(actor, change);
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("change", new ClinicListingChange(summary, website, phone, email,
                    "true".equals(virtualConsults), null, null, priceIncludes, street, city, state, zip));
            model.addAttribute("priceText", new String[] {priceMinUsd, priceMaxUsd});
            return show(actor, model);
        }
        flash.addFlashAttribute("saved", "Saved. A directory editor publishes the listing once its claims are"
                + " checked.");
        return "redirect:/admin/listing";
    }

    private static Integer dollars(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replace("$", "").replace(",", "");
        if (!v.matches("\\d{1,7}")) {
            throw InvalidInput.of(field, "A price is a whole number of dollars, such as 4500.");
        }
        return Integer.valueOf(v);
    }

    private static ClinicListingChange change(Listing l) {
        Listing.Location at = l.locations().isEmpty() ? null : l.locations().get(0);
        return new ClinicListingChange(l.summary(), l.website(), l.phone(), l.email(), l.virtualConsults(),
                l.priceMinUsd(), l.priceMaxUsd(), l.priceIncludes(), at == null ? null : at.street(),
                at == null ? null : at.city(), at == null ? null : at.stateCode(), at == null ? null : at.zip());
    }
}
