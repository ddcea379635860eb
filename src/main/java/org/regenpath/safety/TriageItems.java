package org.regenpath.safety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.StaffMember;
import org.regenpath.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code safety_triage_item}. An item is inserted once per source (the unique key makes a redelivered
 * event a no-op) and changed once, from open to its decision, by an update that only an open item matches; no
 * statement deletes one.
 */
@Repository
class TriageItems {

    private final JdbcClient jdbc;

    TriageItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the item unless one with its key exists; returns whether it was inserted. */
    boolean insertIfAbsent(TriageItem i) {
        return jdbc.sql("""
                insert into safety_triage_item (clinic_id, patient_id, source, source_id, source_position, term_key,
                    severity, procedure_id, day_after_procedure, reported_at, state)
                select :c, :p, :source, :sourceId, :position, :term, :severity, :procedure, :day, :at, 'OPEN'
                from (values (1)) as one (x)
                where not exists (select 1 from safety_triage_item where source = :source and source_id = :sourceId
                    and source_position = :position)""")
                .param("c", i.clinicId().value()).param("p", i.patientId().value())
                .param("source", i.key().source().name()).param("sourceId", i.key().sourceId())
                .param("position", i.key().position()).param("term", i.termKey())
                .param("severity", i.severity().name()).param("procedure", i.procedureId())
                .param("day", i.dayAfterProcedure()).param("at", utc(i.reportedAt()))
                .update() == 1;
    }

    /**
     * Writes the item's decision.
     *
     * @return false when the item was no longer open (another clinician decided first); nothing written
     */
    boolean decide(TriageItem i) {
        return jdbc.sql("""
                update safety_triage_item set state = :state, event_id = :event, reason = :reason,
                    decided_by_user_id = :byId, decided_by = :by, decided_at = :at
                where id = :id and state = 'OPEN'""")
                .param("state", i.state().name()).param("event", i.eventId()).param("reason", i.reason())
                .param("byId", i.decidedBy().userId().value()).param("by", i.decidedBy().displayName())
                .param("at", utc(i.decidedAt())).param("id", i.id())
                .update() == 1;
    }

    Optional<TriageItem> byId(ClinicId clinic, long id) {
        return jdbc.sql("select * from safety_triage_item where clinic_id = :c and id = :id")
                .param("c", clinic.value()).param("id", id).query(TriageItems::row).optional();
    }

    /** The clinic's open items, oldest report first. */
    List<TriageItem> open(ClinicId clinic) {
        return jdbc.sql("select * from safety_triage_item where clinic_id = :c and state = 'OPEN'"
                        + " order by reported_at, id")
                .param("c", clinic.value()).query(TriageItems::row).list();
    }

    /** The clinic's items decided most recently, newest first. */
    List<TriageItem> recentlyDecided(ClinicId clinic, int limit) {
        return jdbc.sql("select * from safety_triage_item where clinic_id = :c and state <> 'OPEN'"
                        + " order by decided_at desc, id desc fetch first " + limit + " rows only")
                .param("c", clinic.value()).query(TriageItems::row).list();
    }

    /** Every item of the patient in the clinic, oldest first. */
    List<TriageItem> byPatient(ClinicId clinic, PatientId patient) {
        return jdbc.sql("select * from safety_triage_item where clinic_id = :c and patient_id = :p order by id")
                .param("c", clinic.value()).param("p", patient.value()).query(TriageItems::row).list();
    }

    private static TriageItem row(ResultSet rs, int n) throws SQLException {
        long procedure = rs.getLong("procedure_id");
        Long p = rs.wasNull() ? null : procedure;
        int day = rs.getInt("day_after_procedure");
        Integer d = rs.wasNull() ? null : day;
        long event = rs.getLong("event_id");
        Long e = rs.wasNull() ? null : event;
        OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
        StaffMember by = decidedAt == null ? null
                : new StaffMember(new UserId(rs.getLong("decided_by_user_id")), rs.getString("decided_by"));
        return new TriageItem(rs.getLong("id"), ClinicId.of(rs.getLong("clinic_id")),
                PatientId.of(rs.getLong("patient_id")), new TriageItem.Key(TriageSource.valueOf(rs.getString("source")),
                        rs.getLong("source_id"), rs.getInt("source_position")), rs.getString("term_key"),
                ProblemSeverity.valueOf(rs.getString("severity")), p, d,
                rs.getObject("reported_at", OffsetDateTime.class).toInstant(), TriageState.valueOf(rs.getString("state")),
                e, rs.getString("reason"), by, decidedAt == null ? null : decidedAt.toInstant());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
