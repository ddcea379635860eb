package org.regenpath.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.regenpath.intake.ConditionCatalog;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public search: published providers within a radius of a US ZIP code's centroid, nearest first, each once at
 * its nearest location with the distance in miles, filtered by condition, treatment, cell source, verified claims,
 * virtual consults and a price ceiling. Anyone may search; it shows only what providers publish (decision 0054).
 */
@Service
public class ProviderSearch {

    public static final int MIN_RADIUS = 1;
    public static final int MAX_RADIUS = 500;
    /** At most this many providers are listed; the result says when there were more. */
    public static final int MAX_RESULTS = 50;
    /** Rows fetched before keeping each provider once; a provider with many nearby locations uses several. */
    private static final int MAX_ROWS = 2000;

    private final Listings listings;
    private final ZipCentroids zips;
    private final ConditionCatalog catalog;

    ProviderSearch(Listings listings, ZipCentroids zips, ConditionCatalog catalog) {
        this.listings = listings;
        this.zips = zips;
        this.catalog = catalog;
    }

    /**
     * What a visitor asks, as typed: every field a string, blank for "any".
     *
     * @param radius miles, a whole number from {@value #MIN_RADIUS} to {@value #MAX_RADIUS}
     * @param maxPrice the most the visitor will pay in US dollars; a provider counts when its lowest price fits
     */
    public record Query(String zip, String radius, String condition, String treatment, String cellSource,
            boolean verifiedOnly, boolean virtualOnly, String maxPrice) {}

    /**
     * The providers found.
     *
     * @param zip the ZIP code searched from, with its centroid
     * @param more true when more than {@link #MAX_RESULTS} matched
     */
    public record Result(String zip, double latitude, double longitude, int radius, List<Hit> hits, boolean more) {}

    /** A provider, its nearest location to the ZIP code and the great-circle distance to it in miles. */
    public record Hit(Listing listing, Listing.Location nearest, double miles) {}

    /**
     * Searches.
     *
     * @throws InvalidInput naming each field that cannot be searched with: an unknown ZIP code, a radius outside
     *     1–500 miles, an unknown condition, treatment or cell source, a price that is not a whole number
     */
    @Transactional(readOnly = true)
    public Result search(Query q) {
        Map<String, String> errors = new LinkedHashMap<>();
        String zip = q.zip() == null ? "" : q.zip().strip();
        var centroid = zips.of(zip);
        if (!zip.matches("\\d{5}")) {
            errors.put("zip", "Enter a 5-digit US ZIP code.");
        } else if (centroid.isEmpty()) {
            errors.put("zip", "ZIP code " + zip + " is not one we can place: try a nearby ZIP code.");
        }
        Integer radius = whole(q.radius());
        if (radius == null || radius < MIN_RADIUS || radius > MAX_RADIUS) {
            errors.put("radius", "Choose a distance from " + MIN_RADIUS + " to " + MAX_RADIUS + " miles.");
        }
        List<Listings.Filter> filters = filters(q, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        double lat = centroid.get().latitude();
        double lon = centroid.get().longitude();
        List<Listings.Nearby> rows = listings.nearby(lat, lon, radius, filters, MAX_ROWS);
        Map<Long, Listings.Nearby> nearest = new LinkedHashMap<>();
        for (Listings.Nearby row : rows) {
            nearest.putIfAbsent(row.providerId(), row);
        }
        boolean more = nearest.size() > MAX_RESULTS;
        List<Listings.Nearby> kept = nearest.values().stream().limit(MAX_RESULTS).toList();
        Set<Long> locationIds = new LinkedHashSet<>();
        kept.forEach(n -> locationIds.add(n.locationId()));
        Map<Long, Listing.Location> places = listings.locations(locationIds);
        Map<Long, Listing> byId = new LinkedHashMap<>();
        listings.byIds(kept.stream().map(Listings.Nearby::providerId).toList()).forEach(l -> byId.put(l.id(), l));
        List<Hit> hits = kept.stream().filter(n -> byId.containsKey(n.providerId()))
                .map(n -> new Hit(byId.get(n.providerId()), places.get(n.locationId()), n.miles())).toList();
        return new Result(zip, lat, lon, radius, hits, more);
    }

    /** The SQL conditions the query's filters add; a filter that cannot be read adds its field's error. */
    private List<Listings.Filter> filters(Query q, Map<String, String> errors) {
        List<Listings.Filter> filters = new ArrayList<>();
        String condition = blank(q.condition());
        if (condition != null) {
            if (catalog.condition(condition).isEmpty()) {
                errors.put("condition", "Choose a condition from the list.");
            }
            filters.add(new Listings.Filter("exists (select 1 from directory_condition c where c.provider_id = p.id"
                    + " and c.condition_id = :condition)", Map.of("condition", condition)));
        }
        String treatment = blank(q.treatment());
        if (treatment != null) {
            TreatmentCategory category = parse(TreatmentCategory.class, treatment);
            if (category == null) {
                errors.put("treatment", "Choose a treatment from the list.");
            } else {
                filters.add(new Listings.Filter("exists (select 1 from directory_treatment t where t.provider_id ="
                        + " p.id and t.category = :category)", Map.of("category", category.name())));
            }
        }
        String source = blank(q.cellSource());
        if (source != null) {
            CellSource cells = parse(CellSource.class, source);
            if (cells == null) {
                errors.put("cellSource", "Choose a cell source from the list.");
            } else {
                filters.add(new Listings.Filter("exists (select 1 from directory_treatment s where s.provider_id ="
                        + " p.id and s.cell_source = :cellSource)", Map.of("cellSource", cells.name())));
            }
        }
        if (q.verifiedOnly()) {
            filters.add(new Listings.Filter("exists (select 1 from directory_claim v where v.provider_id = p.id)"
                    + " and not exists (select 1 from directory_claim u where u.provider_id = p.id"
                    + " and u.verified = false)", Map.of()));
        }
        if (q.virtualOnly()) {
            filters.add(new Listings.Filter("p.virtual_consults = true", Map.of()));
        }
        String price = blank(q.maxPrice());
        if (price != null) {
            Integer ceiling = whole(price.replace("$", "").replace(",", ""));
            if (ceiling == null || ceiling < 0) {
                errors.put("maxPrice", "Give the most you would pay as a whole number of dollars, such as 5000.");
            } else {
                filters.add(new Listings.Filter("p.price_min_usd <= :maxPrice", Map.of("maxPrice", ceiling)));
            }
        }
        return filters;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Integer whole(String value) {
        if (value == null || !value.strip().matches("-?\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(value.strip());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
