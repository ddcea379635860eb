package org.regenpath.identity;

import static org.regenpath.identity.PortalAccounts.instant;
import static org.regenpath.identity.PortalAccounts.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.regenpath.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The table {@code identity_password_reset}: "forgot your password?" links, stored as token hashes only. */
@Repository
class ResetLinks {

    /** Whose password a link resets: staff and patient accounts are numbered apart. */
    enum Kind { STAFF, PATIENT }

    record Link(long id, Kind kind, UserId accountId, Instant expiresAt, Instant usedAt, Instant revokedAt) {}

    private final JdbcClient jdbc;

    ResetLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Kind kind, UserId account, String tokenHash, Instant now, Instant expires) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into identity_password_reset (account_kind, account_id, token_hash, created_at, expires_at)
                values (:k, :a, :h, :now, :exp)""")
                .param("k", kind.name())
                .param("a", account.value())
                .param("h", tokenHash)
                .param("now", utc(now))
                .param("exp", utc(expires))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<Link> byHash(String tokenHash) {
        return jdbc.sql("select * from identity_password_reset where token_hash = :h")
                .param("h", tokenHash).query(ResetLinks::map).optional();
    }

    /** Marks the link used if it is still open; false when another request used or revoked it first. */
    boolean use(long id, Instant now) {
        return jdbc.sql("update identity_password_reset set used_at = :now"
                                + " where id = :id and used_at is null and revoked_at is null")
                        .param("now", utc(now)).param("id", id).update()
                == 1;
    }

    /** Revokes every link of the account that is still open; returns how many. */
    int revokeOpen(Kind kind, UserId account, Instant now) {
        return jdbc.sql("update identity_password_reset set revoked_at = :now"
                        + " where account_kind = :k and account_id = :a and used_at is null and revoked_at is null")
                .param("now", utc(now)).param("k", kind.name()).param("a", account.value()).update();
    }

    private static Link map(ResultSet rs, int n) throws SQLException {
        return new Link(rs.getLong("id"), Kind.valueOf(rs.getString("account_kind")),
                new UserId(rs.getLong("account_id")), instant(rs, "expires_at"), instant(rs, "used_at"),
                instant(rs, "revoked_at"));
    }
}
