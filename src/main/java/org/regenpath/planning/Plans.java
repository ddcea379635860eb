package org.regenpath.planning;

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
import java.util.Optional;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.StaffMember;
import org.regenpath.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tables {@code planning_plan} and {@code planning_plan_version}. Only a DRAFT version row is ever rewritten;
 * an APPROVED row may only become SUPERSEDED, so an approved version is never overwritten even by a bug above.
 */
@Repository
class Plans {

    /** A stored plan with its id and clinic. */
    record Stored(long id, ClinicId clinicId, TreatmentPlan plan) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Plans(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(ClinicId clinic, TreatmentPlan plan, String createdBy, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into planning_plan (patient_id, clinic_id, version, created_by, created_at, updated_at)
                values (:p, :c, 0, :by, :at, :at)""")
                .param("p", plan.patientId().value())
                .param("c", clinic.value())
                .param("by", createdBy)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        plan.versions().forEach(v -> insertVersion(id, v));
        return id;
    }

    /**
     * Writes the plan's versions if the stored plan is still at {@code plan.version()}, changed {@code at}.
     *
     * @return false when someone else saved the plan meanwhile
     */
    boolean save(long id, TreatmentPlan plan, Instant at) {
        int updated = jdbc.sql("""
                update planning_plan set version = version + 1, updated_at = :at
                where id = :id and version = :v""")
                .param("id", id).param("v", plan.version()).param("at", at.atOffset(ZoneOffset.UTC)).update();
        if (updated == 0) {
            return false;
        }
        Map<Integer, PlanStatus> stored = new HashMap<>();
        jdbc.sql("select number, status from planning_plan_version where plan_id = :id").param("id", id)
                .query((rs, n) -> stored.put(rs.getInt("number"), PlanStatus.valueOf(rs.getString("status"))))
                .list();
        for (PlanVersion v : plan.versions()) {
            PlanStatus was = stored.get(v.number());
            if (was == null) {
                insertVersion(id, v);
            } else if (was == PlanStatus.DRAFT) {
                rewriteDraft(id, v);
            } else if (was == PlanStatus.APPROVED && v.status() == PlanStatus.SUPERSEDED) {
                jdbc.sql("""
                        update planning_plan_version set status = 'SUPERSEDED'
                        where plan_id = :id and number = :n and status = 'APPROVED'""")
                        .param("id", id).param("n", v.number()).update();
            }
        }
        return true;
    }

    Optional<Stored> byId(long id) {
        return jdbc.sql("select * from planning_plan where id = :id").param("id", id)
                .query(Plans::head)
                .optional().map(this::load);
    }

    List<Stored> byPatient(PatientId patient) {
        return jdbc.sql("select * from planning_plan where patient_id = :p order by id").param("p", patient.value())
                .query(Plans::head)
                .list().stream().map(this::load).toList();
    }

    /** The clinic's plans among these ids, by id: one query for the plans and one for their versions. */
    List<PlanRecord> byIds(ClinicId clinic, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return records(jdbc.sql("select * from planning_plan where clinic_id = :c and id in (:ids) order by id")
                .param("c", clinic.value()).param("ids", List.copyOf(ids)).query(Plans::head).list());
    }

    /** The patient's plans in the clinic, oldest first. */
    List<PlanRecord> byPatient(ClinicId clinic, PatientId patient) {
        return records(jdbc.sql("select * from planning_plan where clinic_id = :c and patient_id = :p order by id")
                .param("c", clinic.value()).param("p", patient.value()).query(Plans::head).list());
    }

    /** One page of the clinic's plans, oldest first. */
    List<PlanRecord> page(ClinicId clinic, long offset, int limit) {
        return records(jdbc.sql("select * from planning_plan where clinic_id = :c order by id offset " + offset
                        + " rows fetch next " + limit + " rows only")
                .param("c", clinic.value()).query(Plans::head).list());
    }

    long count(ClinicId clinic) {
        return jdbc.sql("select count(*) from planning_plan where clinic_id = :c").param("c", clinic.value())
                .query(Long.class).single();
    }

    /** The clinic's plans changed after the cursor, in (updated_at, id) order. */
    List<PlanRecord> changedSince(ClinicId clinic, ChangeCursor cursor, int limit) {
        return records(jdbc.sql("select * from planning_plan where clinic_id = :c and "
                        + ChangeCursor.after("updated_at", "id") + " order by updated_at, id fetch first " + limit
                        + " rows only")
                .param("c", clinic.value()).param("cursorAt", cursor.at()).param("cursorId", cursor.id())
                .query(Plans::head).list());
    }

    /** The plans with the versions of the whole list, read in one query. */
    private List<PlanRecord> records(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PlanVersion>> versions = new HashMap<>();
        jdbc.sql("select * from planning_plan_version where plan_id in (:ids) order by plan_id, number")
                .param("ids", heads.stream().map(Head::id).toList())
                .query((rs, n) -> versions.computeIfAbsent(rs.getLong("plan_id"), k -> new ArrayList<>())
                        .add(version(rs, n)))
                .list();
        return heads.stream().map(h -> {
            TreatmentPlan plan = TreatmentPlan.restore(h.patient(), versions.getOrDefault(h.id(), List.of()),
                    h.version());
            return new PlanRecord(h.id(), h.patient(), h.version(), plan.versions(),
                    plan.inForce().map(PlanVersion::number).orElse(null), h.updatedAt());
        }).toList();
    }

    /** An approved version (the one in force) of a plan of the clinic, with its patient. */
    record Approved(long planId, PatientId patient, PlanVersion version) {}

    /** The clinic's plans' versions in force, oldest plan first. */
    List<Approved> approvedInClinic(ClinicId clinic) {
        return jdbc.sql("""
                select p.id as plan_id, p.patient_id, v.* from planning_plan p
                join planning_plan_version v on v.plan_id = p.id and v.status = 'APPROVED'
                where p.clinic_id = :c order by p.id""")
                .param("c", clinic.value())
                .query((rs, n) -> new Approved(rs.getLong("plan_id"), PatientId.of(rs.getLong("patient_id")),
                        version(rs, n)))
                .list();
    }

    /** A plan's patient and the number of its version in force, or {@code null} if none is approved. */
    record InForce(long planId, PatientId patient, ClinicId clinic, Integer number) {}

    /** The plans' patients and versions in force, by plan id; plans that do not exist are left out. */
    Map<Long, InForce> inForce(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, InForce> found = new HashMap<>();
        jdbc.sql("""
                select p.id, p.patient_id, p.clinic_id, v.number from planning_plan p
                left join planning_plan_version v on v.plan_id = p.id and v.status = 'APPROVED'
                where p.id in (:plans)""")
                .param("plans", planIds)
                .query((rs, n) -> {
                    int number = rs.getInt("number");
                    Integer approved = rs.wasNull() ? null : number;
                    return found.put(rs.getLong("id"), new InForce(rs.getLong("id"),
                            PatientId.of(rs.getLong("patient_id")), ClinicId.of(rs.getLong("clinic_id")), approved));
                })
                .list();
        return found;
    }

    private record Head(long id, PatientId patient, ClinicId clinic, long version, Instant updatedAt) {}

    private static Head head(ResultSet rs, int n) throws SQLException {
        return new Head(rs.getLong("id"), PatientId.of(rs.getLong("patient_id")), ClinicId.of(rs.getLong("clinic_id")),
                rs.getLong("version"), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private Stored load(Head head) {
        List<PlanVersion> versions = jdbc.sql("select * from planning_plan_version where plan_id = :id order by number")
                .param("id", head.id()).query(this::version).list();
        return new Stored(head.id(), head.clinic(), TreatmentPlan.restore(head.patient(), versions, head.version()));
    }

    private PlanVersion version(ResultSet rs, int n) throws SQLException {
        String approval = rs.getString("approval_json");
        return new PlanVersion(
                rs.getInt("number"),
                PlanStatus.valueOf(rs.getString("status")),
                json.readValue(rs.getString("details_json"), PlanDetails.class),
                new StaffMember(UserId.of(rs.getLong("edited_by_user_id")), rs.getString("edited_by")),
                rs.getObject("edited_at", OffsetDateTime.class).toInstant(),
                approval == null ? null : json.readValue(approval, PlanApproval.class));
    }

    private void insertVersion(long planId, PlanVersion v) {
        jdbc.sql("""
                insert into planning_plan_version (plan_id, number, status, cell_source, product_type, details_json,
                    edited_by_user_id, edited_by, edited_at, pathway, approval_json)
                values (:plan, :n, :status, :source, :type, :details, :user, :by, :at, :pathway, :approval)""")
                .param("plan", planId)
                .param("n", v.number())
                .params(columns(v))
                .update();
    }

    private void rewriteDraft(long planId, PlanVersion v) {
        jdbc.sql("""
                update planning_plan_version set status = :status, cell_source = :source, product_type = :type,
                    details_json = :details, edited_by_user_id = :user, edited_by = :by, edited_at = :at,
                    pathway = :pathway, approval_json = :approval
                where plan_id = :plan and number = :n and status = 'DRAFT'""")
                .param("plan", planId)
                .param("n", v.number())
                .params(columns(v))
                .update();
    }

    private Map<String, Object> columns(PlanVersion v) {
        Map<String, Object> p = new HashMap<>();
        p.put("status", v.status().name());
        p.put("source", v.details().cellSource().name());
        p.put("type", v.details().productType().name());
        p.put("details", json.writeValueAsString(v.details()));
        p.put("user", v.editedBy().userId().value());
        p.put("by", v.editedBy().displayName());
        p.put("at", v.editedAt().atOffset(ZoneOffset.UTC));
        p.put("pathway", v.approval() == null ? null : v.approval().pathway().name());
        p.put("approval", v.approval() == null ? null : json.writeValueAsString(v.approval()));
        return p;
    }
}
