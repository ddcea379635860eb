package org.regenpath.product;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.Laterality;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code product_plan_injection}: the injections given under each approved plan version, one per site.
 * Its unique key is the last word on "one injection per site per plan version": two products of one plan injected
 * at the same site at the same moment cannot both be recorded.
 */
@Repository
class PlanInjections {

    private final JdbcClient jdbc;

    PlanInjections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The injections given under the plan's version, oldest first. */
    List<PlanInjection> under(long planId, int planVersion) {
        return jdbc.sql("""
                select site_region, site_laterality, product_identifier, administered_at from product_plan_injection
                where plan_id = :plan and plan_version = :version order by administered_at, id""")
                .param("plan", planId)
                .param("version", planVersion)
                .query((rs, n) -> new PlanInjection(new InjectionSite(rs.getString("site_region"),
                        Laterality.valueOf(rs.getString("site_laterality"))), rs.getString("product_identifier"),
                        rs.getObject("administered_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Records an injection under the plan version.
     *
     * @return false when the site already has an injection under that version (recorded meanwhile)
     */
    boolean record(Products.Stored stored, int planVersion, PlanInjection injection) {
        try {
            jdbc.sql("""
                    insert into product_plan_injection (plan_id, plan_version, site_key, site_region, site_laterality,
                        product_identifier, clinic_id, patient_id, administered_at)
                    values (:plan, :version, :key, :region, :side, :product, :clinic, :patient, :at)""")
                    .param("plan", stored.planId())
                    .param("version", planVersion)
                    .param("key", injection.site().region().toLowerCase(Locale.ROOT))
                    .param("region", injection.site().region())
                    .param("side", injection.site().laterality().name())
                    .param("product", injection.productId())
                    .param("clinic", stored.clinicId().value())
                    .param("patient", stored.product().patientId().value())
                    .param("at", injection.at().atOffset(ZoneOffset.UTC))
                    .update();
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }
}
