package org.regenpath.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.regenpath.shared.InvalidInput;

/**
 * Checks a listing before anything is written and returns it tidied (text trimmed, FEI numbers as digits). Every
 * problem is named by its field, all at once. Links must be http(s), so no listing can carry a script address.
 */
final class ListingRules {

    static final int MAX_PRICE_USD = 1_000_000;

    private final Predicate<String> knownCondition;
    private final ZipCentroids zips;

    ListingRules(Predicate<String> knownCondition, ZipCentroids zips) {
        this.knownCondition = knownCondition;
        this.zips = zips;
    }

    ListingDraft check(ListingDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = text(d.name(), "name", 200, true, errors);
        if (d.kind() == null) {
            errors.put("kind", "Say whether this is a clinic or a practitioner.");
        }
        String summary = text(d.summary(), "summary", 2000, false, errors);
        String website = text(d.website(), "website", 300, false, errors);
        if (website != null && !website.matches("(?i)https?://[^\\s<>\"]+")) {
            errors.put("website", "A website address starts with https:// (or http://) and has no spaces.");
        }
        String phone = text(d.phone(), "phone", 40, false, errors);
        if (phone != null && !phone.matches("[0-9+().\\- ]{7,40}")) {
            errors.put("phone", "A phone number has digits, spaces and + ( ) - . only.");
        }
        String email = text(d.email(), "email", 254, false, errors);
        if (email != null && !email.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+")) {
            errors.put("email", "Enter an e-mail address such as office@clinic.example.");
        }
        price(d, errors);
        String includes = text(d.priceIncludes(), "priceIncludes", 500, false, errors);
        List<Listing.Location> locations = locations(d.locations(), errors);
        treatments(d.treatments(), errors);
        for (String condition : d.conditionIds()) {
            if (!knownCondition.test(condition)) {
                errors.put("conditions", "Unknown condition: choose conditions from the list.");
            }
        }
        List<ListingDraft.ClaimDraft> claims = claims(d.claims(), errors);
        List<Listing.Physician> physicians = new ArrayList<>();
        for (int i = 0; i < d.physicians().size(); i++) {
            Listing.Physician p = d.physicians().get(i);
            physicians.add(new Listing.Physician(text(p.name(), "physicians[" + i + "].name", 200, true, errors),
                    text(p.credentials(), "physicians[" + i + "].credentials", 200, false, errors),
                    text(p.specialty(), "physicians[" + i + "].specialty", 200, false, errors)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new ListingDraft(name, d.kind(), summary, website, phone, email, d.virtualConsults(), d.priceMinUsd(),
                d.priceMaxUsd(), includes, locations, d.treatments(), List.copyOf(new HashSet<>(d.conditionIds())),
                physicians, claims);
    }

    private static void price(ListingDraft d, Map<String, String> errors) {
        Integer min = d.priceMinUsd();
        Integer max = d.priceMaxUsd();
        if (min != null && (min < 0 || min > MAX_PRICE_USD) || max != null && (max < 0 || max > MAX_PRICE_USD)) {
            errors.put("price", "A price is between $0 and $" + MAX_PRICE_USD + ".");
        } else if (min != null && max != null && max < min) {
            errors.put("price", "The highest price is below the lowest.");
        } else if (min == null && max != null) {
            errors.put("price", "Give the lowest price too.");
        }
    }

    private List<Listing.Location> locations(List<Listing.Location> given, Map<String, String> errors) {
        if (given.isEmpty()) {
            errors.put("locations", "Give at least one address where people are seen.");
        }
        List<Listing.Location> tidy = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Listing.Location l = given.get(i);
            String prefix = "locations[" + i + "].";
            String city = text(l.city(), prefix + "city", 100, true, errors);
            String state = text(l.stateCode(), prefix + "stateCode", 2, true, errors);
            if (state != null && !state.matches("[A-Z]{2}")) {
                errors.put(prefix + "stateCode", "A state is its two-letter code, such as NY.");
            }
            String zip = l.zip() == null ? "" : l.zip().strip();
            var centroid = zips.of(zip);
            if (centroid.isEmpty()) {
                errors.put(prefix + "zip", "Unknown ZIP code \"" + shorten(zip) + "\": give the 5-digit ZIP code.");
                continue;
            }
            boolean placed = l.latitude() != 0 || l.longitude() != 0;
            tidy.add(new Listing.Location(text(l.label(), prefix + "label", 120, false, errors), text(l.street(),
                    prefix + "street", 200, false, errors), city, state, zip,
                    placed ? l.latitude() : centroid.get().latitude(), placed ? l.longitude()
                            : centroid.get().longitude()));
            if (placed && (Math.abs(l.latitude()) > 90 || Math.abs(l.longitude()) > 180)) {
                errors.put(prefix + "zip", "The coordinates are not on the Earth.");
            }
        }
        return tidy;
    }

    private static void treatments(List<Listing.Treatment> treatments, Map<String, String> errors) {
        for (Listing.Treatment t : treatments) {
            if (t.category() == null) {
                errors.put("treatments", "Choose a treatment from the list.");
            } else if (t.category() != TreatmentCategory.STEM_CELL_THERAPY
                    && (t.cellSource() != null || t.productType() != null)) {
                errors.put("treatments", "A cell source or product type belongs only to stem cell therapy.");
            }
        }
    }

    private static List<ListingDraft.ClaimDraft> claims(List<ListingDraft.ClaimDraft> given,
            Map<String, String> errors) {
        List<ListingDraft.ClaimDraft> tidy = new ArrayList<>();
        Set<String> feis = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            ListingDraft.ClaimDraft c = given.get(i);
            String field = "claims[" + i + "]";
            if (c.kind() == null) {
                errors.put(field, "Choose what is claimed.");
                continue;
            }
            if (c.kind() == ClaimKind.FDA_HCTP_REGISTRATION) {
                try {
                    String fei = FeiNumber.parse(field, c.value());
                    if (!feis.add(fei)) {
                        errors.put(field, "FEI number " + fei + " is given twice.");
                    }
                    tidy.add(new ListingDraft.ClaimDraft(c.kind(), fei));
                } catch (InvalidInput e) {
                    errors.putAll(e.fieldErrors());
                }
            } else {
                String value = text(c.value(), field, 120, true, errors);
                tidy.add(new ListingDraft.ClaimDraft(c.kind(), value));
            }
        }
        return tidy;
    }

    /** The text trimmed, or null when blank; an error when required and blank, or too long. */
    private static String text(String value, String field, int max, boolean required, Map<String, String> errors) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                errors.put(field, "Required.");
            }
            return null;
        }
        if (v.length() > max) {
            errors.put(field, "At most " + max + " characters.");
        }
        return v;
    }

    private static String shorten(String value) {
        return value.length() > 12 ? value.substring(0, 12) + "…" : value;
    }
}
