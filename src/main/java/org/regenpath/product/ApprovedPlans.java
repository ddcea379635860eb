package org.regenpath.product;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.regenpath.planning.PlanApproved;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code product_approved_plan}: what each approved plan's version in force authorises the lab to
 * collect, kept from the planning module's {@link PlanApproved} events (decision 0027).
 */
@Repository
class ApprovedPlans {

    /** A plan waiting for collection: no product of it is in the chain of custody, or only rejected or discarded. */
    record Waiting(long planId, int planVersion, PatientId patientId, ProductType productType, String sites,
            LocalDate plannedHarvestDate, LocalDate plannedProcedureDate) {}

    private final JdbcClient jdbc;

    ApprovedPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the newest approved version of the plan; an older or repeated event changes nothing. */
    void approved(PlanApproved event) {
        Integer known = jdbc.sql("select plan_version from product_approved_plan where plan_id = :p")
                .param("p", event.planId()).query(Integer.class).optional().orElse(null);
        if (known != null && known >= event.versionNumber()) {
            return;
        }
        jdbc.sql("delete from product_approved_plan where plan_id = :p").param("p", event.planId()).update();
        jdbc.sql("""
                insert into product_approved_plan (plan_id, plan_version, clinic_id, patient_id, product_type, sites,
                    planned_harvest_date, planned_procedure_date, approved_at)
                values (:p, :v, :c, :patient, :type, :sites, :harvest, :procedure, :at)""")
                .param("p", event.planId())
                .param("v", event.versionNumber())
                .param("c", event.clinicId().value())
                .param("patient", event.patientId().value())
                .param("type", event.productType().name())
                .param("sites", String.join("; ", event.sites().stream().map(InjectionSite::describe).sorted()
                        .toList()))
                .param("harvest", event.plannedHarvestDate())
                .param("procedure", event.plannedProcedureDate())
                .param("at", event.approvedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The clinic's approved plans with no product in the chain of custody but rejected or discarded ones. */
    List<Waiting> waiting(ClinicId clinic, int limit) {
        return jdbc.sql("""
                select a.* from product_approved_plan a
                where a.clinic_id = :c and not exists (select 1 from product_product p where p.plan_id = a.plan_id
                    and p.state not in ('REJECTED', 'DISCARDED'))
                order by a.planned_procedure_date nulls last, a.planned_harvest_date nulls last, a.plan_id""")
                .param("c", clinic.value())
                .query((rs, n) -> new Waiting(rs.getLong("plan_id"), rs.getInt("plan_version"),
                        PatientId.of(rs.getLong("patient_id")), ProductType.valueOf(rs.getString("product_type")),
                        rs.getString("sites"), rs.getObject("planned_harvest_date", LocalDate.class),
                        rs.getObject("planned_procedure_date", LocalDate.class)))
                .list().stream().limit(limit).toList();
    }
}
