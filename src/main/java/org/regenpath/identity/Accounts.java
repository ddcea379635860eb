package org.regenpath.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Role;
import org.regenpath.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code identity_user} table. */
@Repository
class Accounts {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code mustChangePassword}: an admin set the password, so the user must choose their own after signing in. */
    record Row(StaffAccount account, String passwordHash, int failedAttempts, boolean mustChangePassword) {}

    Optional<Row> byEmail(String email) {
        return jdbc.sql("select * from identity_user where lower(email) = lower(:e)")
                .param("e", email)
                .query(Accounts::map)
                .optional();
    }

    Optional<Row> byId(UserId id) {
        return jdbc.sql("select * from identity_user where id = :id")
                .param("id", id.value())
                .query(Accounts::map)
                .optional();
    }

    List<StaffAccount> inClinic(ClinicId clinic) {
        return jdbc.sql("select * from identity_user where clinic_id = :c order by role, email")
                .param("c", clinic.value())
                .query(Accounts::map)
                .list()
                .stream()
                .map(Row::account)
                .toList();
    }

    UserId insert(ClinicId clinic, String email, String displayName, Role role, String hash, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into identity_user (clinic_id, email, display_name, role, password_hash, enabled,
                    failed_attempts, created_at, version)
                values (:c, :e, :n, :r, :h, true, 0, :now, 0)""")
                .param("c", clinic.value())
                .param("e", email)
                .param("n", displayName)
                .param("r", role.name())
                .param("h", hash)
                .param("now", utc(now))
                .update(keys, "id");
        return new UserId(keys.getKeyAs(Long.class));
    }

    /** Updates role and enabled state if the row still has the expected version; false when it changed. */
    boolean update(UserId id, String displayName, Role role, boolean enabled, int expectedVersion) {
        return jdbc.sql(
                                """
                update identity_user set display_name = :n, role = :r, enabled = :en, version = version + 1
                where id = :id and version = :v""")
                        .param("n", displayName)
                        .param("r", role.name())
                        .param("en", enabled)
                        .param("id", id.value())
                        .param("v", expectedVersion)
                        .update()
                == 1;
    }

    /**
     * Sets the password and clears any lockout (whoever sets it proved more than a guesser can).
     *
     * @param mustChange true when someone other than the user chose it (an admin), so the user must replace it
     */
    void setPassword(UserId id, String hash, boolean mustChange) {
        jdbc.sql("update identity_user set password_hash = :h, failed_attempts = 0, locked_until = null,"
                        + " must_change_password = :m, version = version + 1 where id = :id")
                .param("h", hash)
                .param("m", mustChange)
                .param("id", id.value())
                .update();
    }

    void unlock(UserId id) {
        jdbc.sql("update identity_user set failed_attempts = 0, locked_until = null, version = version + 1"
                        + " where id = :id")
                .param("id", id.value())
                .update();
    }

    /** Counts a failed sign-in; locks the account until {@code lockUntil} when the threshold is reached. */
    void recordFailure(UserId id, int threshold, Instant lockUntil) {
        jdbc.sql("update identity_user set failed_attempts = failed_attempts + 1 where id = :id")
                .param("id", id.value())
                .update();
        jdbc.sql("update identity_user set locked_until = :until, failed_attempts = 0"
                        + " where id = :id and failed_attempts >= :t")
                .param("until", utc(lockUntil))
                .param("id", id.value())
                .param("t", threshold)
                .update();
    }

    void resetFailures(UserId id) {
        jdbc.sql("update identity_user set failed_attempts = 0 where id = :id and failed_attempts > 0")
                .param("id", id.value())
                .update();
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        StaffAccount account = new StaffAccount(
                new UserId(rs.getLong("id")),
                new ClinicId(rs.getLong("clinic_id")),
                rs.getString("email"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"),
                locked == null ? null : locked.toInstant(),
                rs.getInt("version"));
        return new Row(account, rs.getString("password_hash"), rs.getInt("failed_attempts"),
                rs.getBoolean("must_change_password"));
    }
}
