package org.regenpath.intake;

import java.time.Instant;
import java.time.ZoneOffset;
import org.regenpath.shared.ClinicId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only table {@code intake_clinic_policy}: a clinic's newest row is its policy in force; a clinic
 * without a row uses the rule set's defaults.
 */
@Repository
class ClinicPolicies {

    private final JdbcClient jdbc;

    ClinicPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ClinicPolicy current(ClinicId clinic, ClinicPolicy defaults) {
        return jdbc.sql("""
                select * from intake_clinic_policy where clinic_id = :c order by id desc fetch first 1 rows only""")
                .param("c", clinic.value())
                .query((rs, n) -> new ClinicPolicy(
                        rs.getString("version"),
                        rs.getInt("min_conservative_care_weeks"),
                        rs.getInt("steroid_washout_weeks"),
                        rs.getBigDecimal("max_hba1c_percent"),
                        rs.getBigDecimal("max_bmi")))
                .optional()
                .orElse(defaults);
    }

    void insert(ClinicId clinic, ClinicPolicy policy, String who, Instant now) {
        jdbc.sql("""
                insert into intake_clinic_policy (clinic_id, version, min_conservative_care_weeks,
                    steroid_washout_weeks, max_hba1c_percent, max_bmi, created_at, created_by)
                values (:c, :v, :weeks, :washout, :hba1c, :bmi, :now, :who)""")
                .param("c", clinic.value())
                .param("v", policy.version())
                .param("weeks", policy.minConservativeCareWeeks())
                .param("washout", policy.steroidWashoutWeeks())
                .param("hba1c", policy.maxHba1cPercent())
                .param("bmi", policy.maxBmi())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("who", who)
                .update();
    }
}
