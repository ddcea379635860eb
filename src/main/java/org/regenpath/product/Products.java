package org.regenpath.product;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.Paging;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ResultPage;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.StaffMember;
import org.regenpath.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code product_product} and {@code product_custody_event}. Custody events are only ever inserted;
 * the product row changes only its state and optimistic-locking version.
 */
@Repository
class Products {

    /** A stored product with what the chain of custody itself does not hold. */
    record Stored(long rowId, ClinicId clinicId, long planId, int planVersion, CellProduct product) {}

    private final JdbcClient jdbc;

    Products(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean identifierTaken(ProductIdentifier id) {
        return jdbc.sql("select count(*) from product_product where identifier = :id").param("id", id.value())
                .query(Long.class).single() > 0;
    }

    void insert(ClinicId clinic, long planId, int planVersion, CellProduct p) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into product_product (identifier, scheme, patient_id, clinic_id, plan_id, plan_version,
                    product_type, cell_source, state, expires_at, collected_at, updated_at, version)
                values (:id, :scheme, :p, :c, :plan, :pv, :type, :source, :state, :expires, :collected, :updated,
                    0)""")
                .param("id", p.id().value())
                .param("scheme", p.id().scheme())
                .param("p", p.patientId().value())
                .param("c", clinic.value())
                .param("plan", planId)
                .param("pv", planVersion)
                .param("type", p.productType().name())
                .param("source", p.cellSource().name())
                .param("state", p.state().name())
                .param("expires", p.expiresAt().atOffset(ZoneOffset.UTC))
                .param("collected", p.collectedAt().atOffset(ZoneOffset.UTC))
                .param("updated", lastRecorded(p).atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        long rowId = keys.getKeyAs(Long.class);
        p.events().forEach(e -> insertEvent(rowId, e));
    }

    /**
     * Appends the events the product gained since it was loaded, if nobody else saved it meanwhile.
     *
     * @return false when the stored product is no longer at {@code product.version()}
     */
    boolean append(Stored stored, int known, CellProduct product) {
        int updated = jdbc.sql("""
                update product_product set state = :state, updated_at = :updated, version = version + 1
                where id = :id and version = :v""")
                .param("state", product.state().name())
                .param("updated", lastRecorded(product).atOffset(ZoneOffset.UTC))
                .param("id", stored.rowId())
                .param("v", product.version())
                .update();
        if (updated == 0) {
            return false;
        }
        product.events().stream().skip(known).forEach(e -> insertEvent(stored.rowId(), e));
        return true;
    }

    /** When the product last changed: its newest custody event's recorded time (decision 0038). */
    private static Instant lastRecorded(CellProduct p) {
        return p.events().stream().map(CustodyEvent::recordedAt).max(Instant::compareTo).orElse(p.collectedAt());
    }

    Optional<Stored> byIdentifier(String identifier) {
        return jdbc.sql("select * from product_product where identifier = :id").param("id", identifier)
                .query(Products::head).optional().map(this::load);
    }

    /** One page of the clinic's products, optionally in one state, newest first, with how many there are. */
    ResultPage<Stored> board(ClinicId clinic, ProductState state, Paging paging) {
        String s = state == null ? "" : state.name();
        long total = jdbc.sql("select count(*) from product_product where clinic_id = :c and (:s = '' or state = :s)")
                .param("c", clinic.value()).param("s", s).query(Long.class).single();
        List<Stored> rows = loadAll(jdbc.sql("""
                select * from product_product where clinic_id = :c and (:s = '' or state = :s)
                order by collected_at desc, id desc limit :limit offset :offset""")
                .param("c", clinic.value()).param("s", s)
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(Products::head).list());
        return new ResultPage<>(rows, paging.page(), paging.size(), total);
    }

    List<Stored> byPatient(PatientId patient) {
        return loadAll(jdbc.sql("select * from product_product where patient_id = :p order by id")
                .param("p", patient.value()).query(Products::head).list());
    }

    /** The clinic's products made for any of the plans, oldest first: one query for the heads. */
    List<Stored> byPlans(ClinicId clinic, java.util.Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return loadAll(jdbc.sql("select * from product_product where clinic_id = :c and plan_id in (:plans)"
                        + " order by id").param("c", clinic.value()).param("plans", planIds)
                .query(Products::head).list());
    }

    /** The clinic's products among these identifiers, oldest first: one query for the heads, one for the events. */
    List<Stored> byIdentifiers(ClinicId clinic, java.util.Collection<String> identifiers) {
        if (identifiers.isEmpty()) {
            return List.of();
        }
        return loadAll(jdbc.sql("select * from product_product where clinic_id = :c and identifier in (:ids)"
                        + " order by id").param("c", clinic.value()).param("ids", identifiers)
                .query(Products::head).list());
    }

    /** One page of the clinic's products, oldest first. */
    List<Stored> page(ClinicId clinic, long offset, int limit) {
        return loadAll(jdbc.sql("select * from product_product where clinic_id = :c order by id offset " + offset
                        + " rows fetch next " + limit + " rows only")
                .param("c", clinic.value()).query(Products::head).list());
    }

    long count(ClinicId clinic) {
        return jdbc.sql("select count(*) from product_product where clinic_id = :c").param("c", clinic.value())
                .query(Long.class).single();
    }

    /** A product with when it last changed, for a "changed since" read. */
    record Changed(Stored stored, Instant updatedAt) {}

    /** The clinic's products changed after the cursor, in (updated_at, id) order, at most {@code limit}. */
    List<Changed> changedSince(ClinicId clinic, ChangeCursor cursor, int limit) {
        Map<Long, Instant> updated = new HashMap<>();
        List<Head> heads = jdbc.sql("select * from product_product where clinic_id = :c and "
                        + ChangeCursor.after("updated_at", "id") + " order by updated_at, id fetch first " + limit
                        + " rows only")
                .param("c", clinic.value()).param("cursorAt", cursor.at()).param("cursorId", cursor.id())
                .query((rs, n) -> {
                    updated.put(rs.getLong("id"), instant(rs, "updated_at"));
                    return head(rs, n);
                }).list();
        return loadAll(heads).stream().map(s -> new Changed(s, updated.get(s.rowId()))).toList();
    }

    /** What a custody event may have used, for the recall search by material. */
    enum Material {
        KIT_LOT("kit_lot"),
        DEVICE("device");

        private final String column;

        Material(String column) {
            this.column = column;
        }
    }

    /**
     * The clinic's products with any custody event that used the kit lot or device, ignoring case (a recall
     * notice and the label typed at the bench may differ in case), newest first.
     */
    List<Stored> usingMaterial(ClinicId clinic, Material material, String value) {
        return loadAll(jdbc.sql("select * from product_product p where p.clinic_id = :c and exists (select 1 from"
                        + " product_custody_event e where e.product_id = p.id and upper(e." + material.column
                        + ") = :v) order by p.collected_at desc, p.id desc")
                .param("c", clinic.value())
                .param("v", value.strip().toUpperCase(java.util.Locale.ROOT))
                .query(Products::head).list());
    }

    private record Head(long rowId, ProductIdentifier id, PatientId patient, ClinicId clinic, long planId,
            int planVersion, ProductType type, CellSource source, Instant expiresAt, long version) {}

    private static Head head(ResultSet rs, int n) throws SQLException {
        return new Head(rs.getLong("id"), new ProductIdentifier(rs.getString("scheme"), rs.getString("identifier")),
                PatientId.of(rs.getLong("patient_id")), ClinicId.of(rs.getLong("clinic_id")), rs.getLong("plan_id"),
                rs.getInt("plan_version"), ProductType.valueOf(rs.getString("product_type")),
                CellSource.valueOf(rs.getString("cell_source")), instant(rs, "expires_at"), rs.getLong("version"));
    }

    private Stored load(Head h) {
        List<CustodyEvent> events = jdbc.sql("select * from product_custody_event where product_id = :id order by"
                + " sequence").param("id", h.rowId()).query(Products::event).list();
        return stored(h, events);
    }

    /** The products of a list with their custody events read in one query (per 500 products), not one each. */
    private List<Stored> loadAll(List<Head> heads) {
        Map<Long, List<CustodyEvent>> events = new HashMap<>();
        List<Long> ids = heads.stream().map(Head::rowId).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql("select * from product_custody_event where product_id in (:ids) order by product_id, sequence")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .query((rs, n) -> events.computeIfAbsent(rs.getLong("product_id"),
                            k -> new java.util.ArrayList<>()).add(event(rs, n))).list();
        }
        return heads.stream().map(h -> stored(h, events.getOrDefault(h.rowId(), List.of()))).toList();
    }

    private static Stored stored(Head h, List<CustodyEvent> events) {
        return new Stored(h.rowId(), h.clinic(), h.planId(), h.planVersion(),
                CellProduct.restore(h.id(), h.patient(), h.type(), h.source(), h.expiresAt(), events, h.version()));
    }

    private static CustodyEvent event(ResultSet rs, int n) throws SQLException {
        long confirmer = rs.getLong("confirmed_by_user_id");
        StaffMember confirmedBy = rs.wasNull() ? null : new StaffMember(UserId.of(confirmer),
                rs.getString("confirmed_by"));
        long to = rs.getLong("administered_to");
        PatientId administeredTo = rs.wasNull() ? null : PatientId.of(to);
        String region = rs.getString("site_region");
        return new CustodyEvent(
                rs.getInt("sequence"),
                CustodyStep.valueOf(rs.getString("step")),
                ProductState.valueOf(rs.getString("state_after")),
                new StaffMember(UserId.of(rs.getLong("performed_by_user_id")), rs.getString("performed_by")),
                confirmedBy,
                instant(rs, "occurred_at"),
                rs.getString("location"),
                rs.getString("device"),
                rs.getString("kit_lot"),
                new Measurements(decimal(rs, "volume_ml"), longOrNull(rs, "total_nucleated_cells"),
                        decimal(rs, "viability_percent"), longOrNull(rs, "cd34_positive_cells"),
                        longOrNull(rs, "cfu_f")),
                Duration.ofSeconds(rs.getLong("seconds_outside_body")),
                rs.getString("notes"),
                administeredTo,
                region == null ? null : new InjectionSite(region, Laterality.valueOf(rs.getString("site_laterality"))),
                instant(rs, "recorded_at"));
    }

    private void insertEvent(long rowId, CustodyEvent e) {
        Map<String, Object> p = new HashMap<>();
        p.put("product", rowId);
        p.put("seq", e.sequence());
        p.put("step", e.step().name());
        p.put("state", e.stateAfter().name());
        p.put("byId", e.performedBy().userId().value());
        p.put("by", e.performedBy().displayName());
        p.put("confId", e.confirmedBy() == null ? null : e.confirmedBy().userId().value());
        p.put("conf", e.confirmedBy() == null ? null : e.confirmedBy().displayName());
        p.put("at", e.at().atOffset(ZoneOffset.UTC));
        p.put("recorded", e.recordedAt().atOffset(ZoneOffset.UTC));
        p.put("location", e.location());
        p.put("device", e.device());
        p.put("kitLot", e.kitLot());
        Measurements m = e.measurements();
        p.put("volume", m.volumeMl());
        p.put("tnc", m.totalNucleatedCells());
        p.put("viability", m.viabilityPercent());
        p.put("cd34", m.cd34PositiveCells());
        p.put("cfu", m.cfuF());
        p.put("outside", e.timeOutsideBody().toSeconds());
        p.put("notes", e.notes());
        p.put("to", e.administeredTo() == null ? null : e.administeredTo().value());
        p.put("region", e.site() == null ? null : e.site().region());
        p.put("side", e.site() == null ? null : e.site().laterality().name());
        jdbc.sql("""
                insert into product_custody_event (product_id, sequence, step, state_after, performed_by_user_id,
                    performed_by, confirmed_by_user_id, confirmed_by, occurred_at, location, device, kit_lot,
                    volume_ml, total_nucleated_cells, viability_percent, cd34_positive_cells, cfu_f,
                    seconds_outside_body, notes, administered_to, site_region, site_laterality, recorded_at)
                values (:product, :seq, :step, :state, :byId, :by, :confId, :conf, :at, :location, :device, :kitLot,
                    :volume, :tnc, :viability, :cd34, :cfu, :outside, :notes, :to, :region, :side, :recorded)""")
                .params(p)
                .update();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** As entered: the column's scale would show 50 as 50.00. */
    static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal v = rs.getBigDecimal(column);
        return v == null ? null : v.stripTrailingZeros();
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
