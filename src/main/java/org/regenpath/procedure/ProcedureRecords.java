package org.regenpath.procedure;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.PatientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code procedure_record} and {@code procedure_site}: inserted once, read, never changed. */
@Repository
class ProcedureRecords {

    private final JdbcClient jdbc;

    ProcedureRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String productId) {
        return jdbc.sql("select count(*) from procedure_record where product_identifier = :p").param("p", productId)
                .query(Long.class).single() > 0;
    }

    long insert(ClinicId clinic, ProcedureRecord r, long operatorId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into procedure_record (patient_id, clinic_id, product_identifier, plan_id, performed_at,
                    operator_user_id, operator, image_guidance, complications, instructions, recorded_at)
                values (:p, :c, :product, :plan, :at, :opId, :op, :guidance, :complications, :instructions, :now)""")
                .param("p", r.patientId().value())
                .param("c", clinic.value())
                .param("product", r.productId())
                .param("plan", r.planId())
                .param("at", r.performedAt().atOffset(ZoneOffset.UTC))
                .param("opId", operatorId)
                .param("op", r.operator())
                .param("guidance", r.imageGuidance().name())
                .param("complications", r.complications())
                .param("instructions", r.instructions())
                .param("now", r.recordedAt().atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (int i = 0; i < r.sites().size(); i++) {
            ProcedureRecord.Site s = r.sites().get(i);
            jdbc.sql("""
                    insert into procedure_site (record_id, position, region, laterality, volume_ml, cells)
                    values (:r, :pos, :region, :side, :volume, :cells)""")
                    .param("r", id).param("pos", i + 1).param("region", s.site().region())
                    .param("side", s.site().laterality().name()).param("volume", s.volumeMl())
                    .param("cells", s.cells())
                    .update();
        }
        return id;
    }

    List<ProcedureRecord> byPatient(PatientId patient) {
        return withSites(jdbc.sql("select * from procedure_record where patient_id = :p order by performed_at, id")
                .param("p", patient.value()).query(ProcedureRecords::head).list());
    }

    /** The patient's records in the clinic, by when they were performed. */
    List<ProcedureRecord> byPatient(ClinicId clinic, PatientId patient) {
        return withSites(jdbc.sql("select * from procedure_record where clinic_id = :c and patient_id = :p"
                        + " order by performed_at, id")
                .param("c", clinic.value()).param("p", patient.value()).query(ProcedureRecords::head).list());
    }

    /** The clinic's records of these products (at most one each). */
    List<ProcedureRecord> byProducts(ClinicId clinic, Collection<String> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return withSites(jdbc.sql("select * from procedure_record where clinic_id = :c and product_identifier in (:ids)"
                        + " order by performed_at, id")
                .param("c", clinic.value()).param("ids", List.copyOf(productIds)).query(ProcedureRecords::head).list());
    }

    /** The clinic's records of procedures under these plans, oldest first. */
    List<ProcedureRecord> byPlans(ClinicId clinic, Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return withSites(jdbc.sql("select * from procedure_record where clinic_id = :c and plan_id in (:ids)"
                        + " order by performed_at, id")
                .param("c", clinic.value()).param("ids", List.copyOf(planIds)).query(ProcedureRecords::head).list());
    }

    /** A record without its sites, which {@link #withSites} reads for a whole list at once. */
    private static ProcedureRecord head(ResultSet rs, int n) throws SQLException {
        return new ProcedureRecord(rs.getLong("id"), PatientId.of(rs.getLong("patient_id")),
                rs.getString("product_identifier"), rs.getLong("plan_id"), instant(rs, "performed_at"),
                rs.getString("operator"), ImageGuidance.valueOf(rs.getString("image_guidance")), List.of(),
                rs.getString("complications"), rs.getString("instructions"), instant(rs, "recorded_at"));
    }

    /** The records with their sites, read in one query (per 500 records) rather than one per record. */
    private List<ProcedureRecord> withSites(List<ProcedureRecord> heads) {
        Map<Long, List<ProcedureRecord.Site>> sites = new HashMap<>();
        List<Long> ids = heads.stream().map(ProcedureRecord::id).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql("select * from procedure_site where record_id in (:ids) order by record_id, position")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .query((s, i) -> {
                        long cells = s.getLong("cells");
                        Long c = s.wasNull() ? null : cells;
                        BigDecimal volume = s.getBigDecimal("volume_ml").stripTrailingZeros();
                        return sites.computeIfAbsent(s.getLong("record_id"), k -> new ArrayList<>())
                                .add(new ProcedureRecord.Site(new InjectionSite(s.getString("region"),
                                        Laterality.valueOf(s.getString("laterality"))), volume, c));
                    }).list();
        }
        return heads.stream().map(r -> new ProcedureRecord(r.id(), r.patientId(), r.productId(), r.planId(),
                r.performedAt(), r.operator(), r.imageGuidance(), sites.getOrDefault(r.id(), List.of()),
                r.complications(), r.instructions(), r.recordedAt())).toList();
    }

    /** The clinic's records among these ids, by id. */
    List<ProcedureRecord> byIds(ClinicId clinic, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withSites(jdbc.sql("select * from procedure_record where clinic_id = :c and id in (:ids)"
                        + " order by id").param("c", clinic.value()).param("ids", List.copyOf(ids)).query(ProcedureRecords::head).list());
    }

    /** One page of the clinic's records, in the order they were written. */
    List<ProcedureRecord> page(ClinicId clinic, long offset, int limit) {
        return withSites(jdbc.sql("select * from procedure_record where clinic_id = :c order by id offset " + offset
                        + " rows fetch next " + limit + " rows only")
                .param("c", clinic.value()).query(ProcedureRecords::head).list());
    }

    long count(ClinicId clinic) {
        return jdbc.sql("select count(*) from procedure_record where clinic_id = :c").param("c", clinic.value())
                .query(Long.class).single();
    }

    /** The clinic's records written after the cursor, in (recorded_at, id) order: a record never changes. */
    List<ProcedureRecord> changedSince(ClinicId clinic, ChangeCursor cursor, int limit) {
        return withSites(jdbc.sql("select * from procedure_record where clinic_id = :c and "
                        + ChangeCursor.after("recorded_at", "id") + " order by recorded_at, id fetch first " + limit
                        + " rows only")
                .param("c", clinic.value()).param("cursorAt", cursor.at()).param("cursorId", cursor.id())
                .query(ProcedureRecords::head).list());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
