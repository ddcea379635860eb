package org.regenpath.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code identity_patient_account} and {@code identity_portal_invitation}. */
@Repository
class PortalAccounts {

    private final JdbcClient jdbc;

    PortalAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(PatientAccount account, String passwordHash, int failedAttempts) {}

    /** An invitation link's stored facts; the token itself is never stored. */
    record Invitation(long id, UserId accountId, Instant createdAt, Instant expiresAt, Instant usedAt,
            Instant revokedAt) {}

    Optional<Row> byEmail(String email) {
        return jdbc.sql("select * from identity_patient_account where lower(email) = lower(:e)")
                .param("e", email).query(PortalAccounts::map).optional();
    }

    Optional<Row> byPatient(PatientId patient) {
        return jdbc.sql("select * from identity_patient_account where patient_id = :p")
                .param("p", patient.value()).query(PortalAccounts::map).optional();
    }

    Optional<Row> byId(UserId id) {
        return jdbc.sql("select * from identity_patient_account where id = :id")
                .param("id", id.value()).query(PortalAccounts::map).optional();
    }

    UserId insert(ClinicId clinic, PatientId patient, String email, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into identity_patient_account (clinic_id, patient_id, email, status, failed_attempts,
                    created_at, version)
                values (:c, :p, :e, 'INVITED', 0, :now, 0)""")
                .param("c", clinic.value())
                .param("p", patient.value())
                .param("e", email)
                .param("now", utc(now))
                .update(keys, "id");
        return new UserId(keys.getKeyAs(Long.class));
    }

    void changeEmail(UserId id, String email) {
        jdbc.sql("update identity_patient_account set email = :e, version = version + 1 where id = :id")
                .param("e", email).param("id", id.value()).update();
    }

    /** Sets the password and makes the account active; the first activation time is kept. */
    void activate(UserId id, String hash, Instant now) {
        jdbc.sql("""
                update identity_patient_account set password_hash = :h, status = 'ACTIVE',
                    activated_at = coalesce(activated_at, :now), failed_attempts = 0, locked_until = null,
                    version = version + 1
                where id = :id""")
                .param("h", hash).param("now", utc(now)).param("id", id.value()).update();
    }

    /** Counts a failed sign-in; locks the account until {@code lockUntil} when the threshold is reached. */
    void recordFailure(UserId id, int threshold, Instant lockUntil) {
        jdbc.sql("update identity_patient_account set failed_attempts = failed_attempts + 1 where id = :id")
                .param("id", id.value()).update();
        jdbc.sql("update identity_patient_account set locked_until = :until, failed_attempts = 0"
                        + " where id = :id and failed_attempts >= :t")
                .param("until", utc(lockUntil)).param("id", id.value()).param("t", threshold).update();
    }

    void resetFailures(UserId id) {
        jdbc.sql("update identity_patient_account set failed_attempts = 0 where id = :id and failed_attempts > 0")
                .param("id", id.value()).update();
    }

    /** Revokes every link of the account that is still open; returns how many. */
    int revokeOpen(UserId account, Instant now) {
        return jdbc.sql("update identity_portal_invitation set revoked_at = :now"
                        + " where account_id = :a and used_at is null and revoked_at is null")
                .param("now", utc(now)).param("a", account.value()).update();
    }

    long insertInvitation(UserId account, String tokenHash, UserId createdBy, Instant now, Instant expires) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into identity_portal_invitation (account_id, token_hash, created_by, created_at, expires_at)
                values (:a, :h, :by, :now, :exp)""")
                .param("a", account.value())
                .param("h", tokenHash)
                .param("by", createdBy == null ? null : createdBy.value())
                .param("now", utc(now))
                .param("exp", utc(expires))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<Invitation> invitationByHash(String tokenHash) {
        return jdbc.sql("select * from identity_portal_invitation where token_hash = :h")
                .param("h", tokenHash).query(PortalAccounts::invitation).optional();
    }

    Optional<Invitation> newestInvitation(UserId account) {
        return jdbc.sql("select * from identity_portal_invitation where account_id = :a order by id desc limit 1")
                .param("a", account.value()).query(PortalAccounts::invitation).optional();
    }

    /** Marks the link used if it is still open; false when another request used or revoked it first. */
    boolean use(long invitation, Instant now) {
        return jdbc.sql("update identity_portal_invitation set used_at = :now"
                                + " where id = :id and used_at is null and revoked_at is null")
                        .param("now", utc(now)).param("id", invitation).update()
                == 1;
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        PatientAccount account = new PatientAccount(
                new UserId(rs.getLong("id")),
                new ClinicId(rs.getLong("clinic_id")),
                PatientId.of(rs.getLong("patient_id")),
                rs.getString("email"),
                "ACTIVE".equals(rs.getString("status")),
                instant(rs, "activated_at"),
                instant(rs, "locked_until"),
                rs.getInt("version"));
        return new Row(account, rs.getString("password_hash"), rs.getInt("failed_attempts"));
    }

    private static Invitation invitation(ResultSet rs, int n) throws SQLException {
        return new Invitation(rs.getLong("id"), new UserId(rs.getLong("account_id")), instant(rs, "created_at"),
                instant(rs, "expires_at"), instant(rs, "used_at"), instant(rs, "revoked_at"));
    }
}
