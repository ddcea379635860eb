package org.regenpath.procedure;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.regenpath.planning.ImageGuidance;
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
        return jdbc.sql("select * from procedure_record where patient_id = :p order by performed_at, id")
                .param("p", patient.value()).query(this::map).list();
    }

    /** The clinic's records of these products (at most one each). */
    List<ProcedureRecord> byProducts(ClinicId clinic, Collection<String> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from procedure_record where clinic_id = :c and product_identifier in (:ids)"
                        + " order by performed_at, id")
                .param("c", clinic.value()).param("ids", List.copyOf(productIds)).query(this::map).list();
    }

    /** The clinic's records of procedures under these plans, oldest first. */
    List<ProcedureRecord> byPlans(ClinicId clinic, Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from procedure_record where clinic_id = :c and plan_id in (:ids)"
                        + " order by performed_at, id")
                .param("c", clinic.value()).param("ids", List.copyOf(planIds)).query(this::map).list();
    }

    private ProcedureRecord map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<ProcedureRecord.Site> sites = jdbc.sql("select * from procedure_site where record_id = :r order by"
                + " position").param("r", id).query((s, i) -> {
                    long cells = s.getLong("cells");
                    Long c = s.wasNull() ? null : cells;
                    BigDecimal volume = s.getBigDecimal("volume_ml").stripTrailingZeros();
                    return new ProcedureRecord.Site(new InjectionSite(s.getString("region"),
                            Laterality.valueOf(s.getString("laterality"))), volume, c);
                }).list();
        return new ProcedureRecord(id, PatientId.of(rs.getLong("patient_id")), rs.getString("product_identifier"),
                rs.getLong("plan_id"), instant(rs, "performed_at"), rs.getString("operator"),
                ImageGuidance.valueOf(rs.getString("image_guidance")), sites, rs.getString("complications"),
                rs.getString("instructions"), instant(rs, "recorded_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
