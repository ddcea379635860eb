package org.regenpath.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The directory's tables: listings with their locations, treatments, conditions, physicians and claims. */
@Repository
class Listings {

    /** Great-circle miles from (:lat, :lon) to the location row {@code l}, the haversine of {@link GreatCircle}. */
    static final String MILES = "2 * " + GreatCircle.EARTH_RADIUS_MILES + " * asin(sqrt(least(1,"
            + " power(sin(radians(l.latitude - :lat) / 2), 2)"
            + " + cos(radians(:lat)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - :lon) / 2), 2))))";

    private final JdbcClient jdbc;

    Listings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ListingDraft d, String slug, ClinicId clinic, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into directory_provider (slug, name, kind, clinic_id, summary, website, phone, email,
                    virtual_consults, price_min_usd, price_max_usd, price_includes, published, created_at, updated_at)
                values (:slug, :name, :kind, :clinic, :summary, :website, :phone, :email, :virtual, :min, :max,
                    :includes, false, :now, :now)""")
                .param("slug", slug).param("name", d.name()).param("kind", d.kind().name())
                .param("clinic", clinic == null ? null : clinic.value())
                .param("summary", d.summary()).param("website", d.website()).param("phone", d.phone())
                .param("email", d.email()).param("virtual", d.virtualConsults()).param("min", d.priceMinUsd())
                .param("max", d.priceMaxUsd()).param("includes", d.priceIncludes()).param("now", ts(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        insertLocations(id, d.locations());
        for (Listing.Treatment t : d.treatments()) {
            jdbc.sql("insert into directory_treatment (provider_id, category, cell_source, product_type)"
                    + " values (:p, :c, :s, :t)").param("p", id).param("c", t.category().name())
                    .param("s", t.cellSource() == null ? null : t.cellSource().name())
                    .param("t", t.productType() == null ? null : t.productType().name()).update();
        }
        for (String condition : d.conditionIds()) {
            jdbc.sql("insert into directory_condition (provider_id, condition_id) values (:p, :c)")
                    .param("p", id).param("c", condition).update();
        }
        for (Listing.Physician p : d.physicians()) {
            jdbc.sql("insert into directory_physician (provider_id, name, credentials, specialty)"
                    + " values (:p, :n, :c, :s)").param("p", id).param("n", p.name()).param("c", p.credentials())
                    .param("s", p.specialty()).update();
        }
        for (ListingDraft.ClaimDraft c : d.claims()) {
            jdbc.sql("insert into directory_claim (provider_id, kind, claim_value, fei, verified, created_at)"
                    + " values (:p, :k, :v, :fei, false, :now)").param("p", id).param("k", c.kind().name())
                    .param("v", c.value())
                    .param("fei", c.kind() == ClaimKind.FDA_HCTP_REGISTRATION ? c.value() : null)
                    .param("now", ts(now)).update();
        }
        return id;
    }

    /** Replaces what a clinic admin may change; the name, claims and treatments stay as they are. */
    void updateContact(long id, ListingDraft d, Instant now) {
        jdbc.sql("""
                update directory_provider set summary = :summary, website = :website, phone = :phone, email = :email,
                    virtual_consults = :virtual, price_min_usd = :min, price_max_usd = :max,
                    price_includes = :includes, updated_at = :now, version = version + 1
                where id = :id""")
                .param("summary", d.summary()).param("website", d.website()).param("phone", d.phone())
                .param("email", d.email()).param("virtual", d.virtualConsults()).param("min", d.priceMinUsd())
                .param("max", d.priceMaxUsd()).param("includes", d.priceIncludes()).param("now", ts(now))
                .param("id", id).update();
        jdbc.sql("delete from directory_location where provider_id = :p").param("p", id).update();
        insertLocations(id, d.locations());
    }

    private void insertLocations(long id, List<Listing.Location> locations) {
        for (Listing.Location l : locations) {
            jdbc.sql("insert into directory_location (provider_id, label, street, city, state, zip, latitude,"
                    + " longitude) values (:p, :label, :street, :city, :state, :zip, :lat, :lon)")
                    .param("p", id).param("label", l.label()).param("street", l.street()).param("city", l.city())
                    .param("state", l.stateCode()).param("zip", l.zip()).param("lat", l.latitude())
                    .param("lon", l.longitude()).update();
        }
    }

    long count() {
        return jdbc.sql("select count(*) from directory_provider").query(Long.class).single();
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("select count(*) from directory_provider where slug = :s").param("s", slug)
                .query(Long.class).single() > 0;
    }

    /** The listing that already claims this FEI number, if any. */
    Optional<Long> feiHolder(String fei) {
        return jdbc.sql("select provider_id from directory_claim where fei = :f").param("f", fei)
                .query(Long.class).optional();
    }

    Optional<Long> idOfClinic(ClinicId clinic) {
        return jdbc.sql("select id from directory_provider where clinic_id = :c").param("c", clinic.value())
                .query(Long.class).optional();
    }

    Optional<Long> idOfSlug(String slug) {
        return jdbc.sql("select id from directory_provider where slug = :s").param("s", slug)
                .query(Long.class).optional();
    }

    Optional<Listing> byId(long id) {
        List<Listing> found = byIds(List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Listings awaiting an editor: not published, or with a claim nobody has verified; oldest change first. */
    List<Long> awaiting() {
        return jdbc.sql("""
                select p.id from directory_provider p
                where p.published = false
                   or exists (select 1 from directory_claim c where c.provider_id = p.id and c.verified = false)
                order by p.updated_at, p.id""").query(Long.class).list();
    }

    /** Published listings for the sitemap: slug and last change, by slug. */
    List<PublishedListing> published() {
        return jdbc.sql("select slug, updated_at from directory_provider where published = true order by slug")
                .query((rs, n) -> new PublishedListing(rs.getString(1), instant(rs, 2))).list();
    }

    boolean setPublished(long id, boolean published, Instant now) {
        return jdbc.sql("""
                update directory_provider set published = :pub, published_at = :at, updated_at = :now,
                    version = version + 1
                where id = :id and published <> :pub""")
                .param("pub", published).param("at", published ? ts(now) : null).param("now", ts(now))
                .param("id", id).update() == 1;
    }

    /** Marks a claim verified, once: false when it is not this listing's or was verified already. */
    boolean verifyClaim(long providerId, long claimId, UserId editor, String editorName, Instant now,
            LocalDate lookedUpOn) {
        int changed = jdbc.sql("""
                update directory_claim set verified = true, verified_by_user_id = :u, verified_by = :name,
                    verified_at = :now, looked_up_on = :looked
                where id = :c and provider_id = :p and verified = false""")
                .param("u", editor == null ? null : editor.value()).param("name", editorName).param("now", ts(now))
                .param("looked", lookedUpOn).param("c", claimId).param("p", providerId).update();
        if (changed == 1) {
            jdbc.sql("update directory_provider set updated_at = :now, version = version + 1 where id = :p")
                    .param("now", ts(now)).param("p", providerId).update();
        }
        return changed == 1;
    }

    /**
     * Published locations within {@code miles} of a point, nearest first, each with its distance; the bounding box
     * narrows the rows on the (latitude, longitude) index before the haversine is computed.
     *
     * @param filters SQL conditions on the provider {@code p}, each with its parameters
     */
    List<Nearby> nearby(double lat, double lon, double miles, List<Filter> filters, int limit) {
        GreatCircle.Box box = GreatCircle.around(lat, lon, miles);
        StringBuilder where = new StringBuilder("p.published = true and l.latitude between :minLat and :maxLat");
        if (!box.wrapsLongitude()) {
            where.append(" and l.longitude between :minLon and :maxLon");
        }
        Map<String, Object> params = new HashMap<>();
        for (Filter f : filters) {
            where.append(" and ").append(f.sql());
            params.putAll(f.params());
        }
        String sql = "select provider_id, location_id, miles from (select p.id as provider_id, l.id as location_id, "
                + MILES + " as miles from directory_location l join directory_provider p on p.id = l.provider_id"
                + " where " + where + ") d where d.miles <= :radius order by d.miles, d.provider_id"
                + " fetch first " + limit + " rows only";
        var spec = jdbc.sql(sql).param("lat", lat).param("lon", lon).param("radius", miles)
                .param("minLat", box.minLat()).param("maxLat", box.maxLat());
        if (!box.wrapsLongitude()) {
            spec = spec.param("minLon", box.minLon()).param("maxLon", box.maxLon());
        }
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.query((rs, n) -> new Nearby(rs.getLong(1), rs.getLong(2), rs.getDouble(3))).list();
    }

    /** The listings with these ids, in the order given, each read whole in one query per table. */
    List<Listing> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Listing.Location>> locations = group(ids, "select * from directory_location"
                + " where provider_id in (:ids) order by id", Listings::location);
        Map<Long, List<Listing.Treatment>> treatments = group(ids, "select * from directory_treatment"
                + " where provider_id in (:ids) order by id", Listings::treatment);
        Map<Long, List<String>> conditions = group(ids, "select * from directory_condition"
                + " where provider_id in (:ids) order by condition_id", rs -> rs.getString("condition_id"));
        Map<Long, List<Listing.Physician>> physicians = group(ids, "select * from directory_physician"
                + " where provider_id in (:ids) order by id", rs -> new Listing.Physician(rs.getString("name"),
                        rs.getString("credentials"), rs.getString("specialty")));
        Map<Long, List<Listing.Claim>> claims = group(ids, "select * from directory_claim"
                + " where provider_id in (:ids) order by id", Listings::claim);
        Map<Long, Listing> byId = jdbc.sql("select * from directory_provider where id in (:ids)").param("ids", ids)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    long clinic = rs.getLong("clinic_id");
                    ClinicId clinicId = rs.wasNull() ? null : new ClinicId(clinic);
                    return new Listing(id, rs.getString("slug"), rs.getString("name"),
                            ProviderKind.valueOf(rs.getString("kind")), clinicId, rs.getString("summary"),
                            rs.getString("website"), rs.getString("phone"), rs.getString("email"),
                            rs.getBoolean("virtual_consults"), integer(rs, "price_min_usd"),
                            integer(rs, "price_max_usd"), rs.getString("price_includes"), rs.getBoolean("published"),
                            instant(rs, rs.findColumn("updated_at")), locations.getOrDefault(id, List.of()),
                            treatments.getOrDefault(id, List.of()), conditions.getOrDefault(id, List.of()),
                            physicians.getOrDefault(id, List.of()), claims.getOrDefault(id, List.of()));
                }).list().stream().collect(Collectors.toMap(Listing::id, Function.identity()));
        List<Listing> ordered = new ArrayList<>();
        for (Long id : ids) {
            if (byId.containsKey(id)) {
                ordered.add(byId.get(id));
            }
        }
        return ordered;
    }

    /** A location row's coordinates by its id, for the nearest location of a search hit. */
    Map<Long, Listing.Location> locations(Collection<Long> locationIds) {
        if (locationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Listing.Location> map = new LinkedHashMap<>();
        jdbc.sql("select * from directory_location where id in (:ids)").param("ids", locationIds)
                .query((rs, n) -> map.put(rs.getLong("id"), location(rs))).list();
        return map;
    }

    private <T> Map<Long, List<T>> group(List<Long> ids, String sql, Row<T> row) {
        Map<Long, List<T>> map = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).query((rs, n) -> map.computeIfAbsent(rs.getLong("provider_id"),
                k -> new ArrayList<>()).add(row.map(rs))).list();
        return map;
    }

    private static Listing.Location location(ResultSet rs) throws SQLException {
        return new Listing.Location(rs.getString("label"), rs.getString("street"), rs.getString("city"),
                rs.getString("state"), rs.getString("zip"), rs.getDouble("latitude"), rs.getDouble("longitude"));
    }

    private static Listing.Treatment treatment(ResultSet rs) throws SQLException {
        String source = rs.getString("cell_source");
        String type = rs.getString("product_type");
        return new Listing.Treatment(TreatmentCategory.valueOf(rs.getString("category")),
                source == null ? null : CellSource.valueOf(source), type == null ? null : ProductType.valueOf(type));
    }

    private static Listing.Claim claim(ResultSet rs) throws SQLException {
        var looked = rs.getObject("looked_up_on", LocalDate.class);
        return new Listing.Claim(rs.getLong("id"), ClaimKind.valueOf(rs.getString("kind")),
                rs.getString("claim_value"), looked, rs.getBoolean("verified"), rs.getString("verified_by"),
                instant(rs, rs.findColumn("verified_at")));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static java.time.OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** An SQL condition on the provider {@code p} with its named parameters. */
    record Filter(String sql, Map<String, Object> params) {}

    /** A published location within the radius and its distance in miles. */
    record Nearby(long providerId, long locationId, double miles) {}
}
