package org.regenpath.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The append-only table {@code intake_candidacy_decision}: inserts and reads, never updates or deletes. */
@Repository
class CandidacyDecisions {

    /** A stored decision with its evaluation snapshot as JSON text. */
    record Row(
            long id,
            PatientId patientId,
            Outcome outcome,
            Outcome evaluatedOutcome,
            boolean overridden,
            String reason,
            String note,
            String ruleSetVersion,
            String clinicPolicyVersion,
            String snapshotJson,
            String decidedBy,
            String decidedByRole,
            Instant decidedAt) {}

    private final JdbcClient jdbc;

    CandidacyDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(PatientId patient, ClinicId clinic, Outcome outcome, Outcome evaluated, String reason, String note,
            String ruleSetVersion, String policyVersion, String snapshotJson, Actor actor, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into intake_candidacy_decision (patient_id, clinic_id, outcome, evaluated_outcome, overridden,
                    reason, note, rule_set_version, clinic_policy_version, findings_json, decided_by_user_id, decided_by, decided_by_role,
                    decided_at)
                values (:p, :c, :outcome, :evaluated, :overridden, :reason, :note, :version, :policy, :json, :user, :who,
                    :role, :at)""")
                .param("p", patient.value())
                .param("c", clinic.value())
                .param("outcome", outcome.name())
                .param("evaluated", evaluated.name())
                .param("overridden", outcome != evaluated)
                .param("reason", PainConditions.blankToNull(reason))
                .param("note", PainConditions.blankToNull(note))
                .param("version", ruleSetVersion)
                .param("policy", policyVersion)
                .param("json", snapshotJson)
                .param("user", actor.userId() == null ? null : actor.userId().value())
                .param("who", actor.displayName())
                .param("role", actor.role() == null ? null : actor.role().name())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The clinic's decisions among these ids, by id; one query however many ids. */
    List<Row> byIds(ClinicId clinic, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from intake_candidacy_decision where clinic_id = :c and id in (:ids) order by id")
                .param("c", clinic.value())
                .param("ids", List.copyOf(ids))
                .query(CandidacyDecisions::map)
                .list();
    }

    /** The patient's decisions in the clinic, newest first. */
    List<Row> byPatient(ClinicId clinic, PatientId patient) {
        return jdbc.sql("select * from intake_candidacy_decision where clinic_id = :c and patient_id = :p"
                        + " order by id desc")
                .param("c", clinic.value())
                .param("p", patient.value())
                .query(CandidacyDecisions::map)
                .list();
    }

    /** The clinic's decisions recorded after the cursor, in (decided_at, id) order; decisions never change. */
    List<Row> changedSince(ClinicId clinic, ChangeCursor cursor, int limit) {
        return jdbc.sql("select * from intake_candidacy_decision where clinic_id = :c and "
                        + ChangeCursor.after("decided_at", "id") + " order by decided_at, id fetch first " + limit
                        + " rows only")
                .param("c", clinic.value()).param("cursorAt", cursor.at()).param("cursorId", cursor.id())
                .query(CandidacyDecisions::map)
                .list();
    }

    /** The patient's decisions, newest first. */
    List<Row> byPatient(PatientId patient) {
        return jdbc.sql("select * from intake_candidacy_decision where patient_id = :p order by id desc")
                .param("p", patient.value())
                .query(CandidacyDecisions::map)
                .list();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                new PatientId(rs.getLong("patient_id")),
                Outcome.valueOf(rs.getString("outcome")),
                Outcome.valueOf(rs.getString("evaluated_outcome")),
                rs.getBoolean("overridden"),
                rs.getString("reason"),
                rs.getString("note"),
                rs.getString("rule_set_version"),
                rs.getString("clinic_policy_version"),
                rs.getString("findings_json"),
                rs.getString("decided_by"),
                rs.getString("decided_by_role"),
                rs.getObject("decided_at", OffsetDateTime.class).toInstant());
    }
}
