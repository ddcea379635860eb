package org.regenpath.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regenpath.shared.ClinicId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The append-only tables {@code followup_clinic_set} and {@code followup_clinic_set_version}, and the current
 * claims of conditions, {@code followup_clinic_set_claim}.
 */
@Repository
class ClinicSetRows {

    private final JdbcClient jdbc;

    ClinicSetRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new set of a clinic, without versions yet. */
    long insertSet(ClinicId clinic, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into followup_clinic_set (clinic_id, created_at) values (:c, :now)")
                .param("c", clinic.value()).param("now", now.atOffset(ZoneOffset.UTC)).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Adds a version; the unique (set, version) key refuses a second writer of the same version number. */
    long insertVersion(ClinicId clinic, long setId, int version, ClinicSetRules.Checked set, boolean retired,
            String by, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into followup_clinic_set_version (set_id, clinic_id, version, label, template_id, instruments,
                    conditions, source, retired, created_by, created_at)
                values (:set, :c, :v, :label, :tpl, :instruments, :conditions, :source, :retired, :by, :now)""")
                .param("set", setId).param("c", clinic.value()).param("v", version).param("label", set.label())
                .param("tpl", set.template().id())
                .param("instruments", ClinicSetRules.encode(set.instruments(), set.template()))
                .param("conditions", String.join(",", set.conditions())).param("source", set.source())
                .param("retired", retired).param("by", by).param("now", now.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /**
     * Makes a set's claims those of its new version: its earlier claims are dropped and each condition claimed.
     *
     * @throws DuplicateKeyException when another set of the clinic claims one of the conditions, also one whose
     *     claim is not yet committed (the primary key makes the later writer wait and then fail)
     */
    void claim(ClinicId clinic, long setId, long versionId, List<String> conditions) {
        jdbc.sql("delete from followup_clinic_set_claim where set_id = :set").param("set", setId).update();
        for (String condition : conditions) {
            jdbc.sql("""
                    insert into followup_clinic_set_claim (clinic_id, condition_id, set_id, version_id)
                    values (:c, :condition, :set, :version)""")
                    .param("c", clinic.value()).param("condition", condition).param("set", setId)
                    .param("version", versionId).update();
        }
    }

    /** The set that claims each of these conditions in the clinic now, by condition. */
    Map<String, ClinicSetVersion> claimants(ClinicId clinic, List<String> conditions) {
        Map<String, ClinicSetVersion> out = new LinkedHashMap<>();
        for (String condition : conditions) {
            jdbc.sql("""
                    select v.* from followup_clinic_set_claim c
                    join followup_clinic_set_version v on v.id = c.version_id
                    where c.clinic_id = :c and c.condition_id = :condition""")
                    .param("c", clinic.value()).param("condition", condition)
                    .query(ClinicSetRows::version).optional().ifPresent(v -> out.put(condition, v));
        }
        return out;
    }

    /** The clinic a set belongs to. */
    Optional<ClinicId> clinicOf(long setId) {
        return jdbc.sql("select clinic_id from followup_clinic_set where id = :id").param("id", setId)
                .query((rs, n) -> new ClinicId(rs.getLong(1))).optional();
    }

    /** Every version of every set of a clinic, by set, newest version first. */
    List<ClinicSetVersion> versions(ClinicId clinic) {
        return jdbc.sql("select * from followup_clinic_set_version where clinic_id = :c order by set_id, version desc")
                .param("c", clinic.value()).query(ClinicSetRows::version).list();
    }

    /** One version, by its id. */
    Optional<ClinicSetVersion> version(long versionId) {
        return jdbc.sql("select * from followup_clinic_set_version where id = :id").param("id", versionId)
                .query(ClinicSetRows::version).optional();
    }

    private static ClinicSetVersion version(ResultSet rs, int n) throws SQLException {
        String conditions = rs.getString("conditions");
        return new ClinicSetVersion(rs.getLong("set_id"), rs.getLong("id"), rs.getInt("version"),
                rs.getString("label"), rs.getString("template_id"),
                ClinicSetRules.decode(rs.getString("instruments")),
                conditions.isEmpty() ? List.of() : Arrays.asList(conditions.split(",")), rs.getString("source"),
                rs.getBoolean("retired"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
