package org.regenpath.patient;

import java.util.OptionalLong;
import org.regenpath.shared.ClinicId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code patient_mrn_counter} table: the last generated MRN number of each clinic. */
@Repository
class MrnCounters {

    private final JdbcClient jdbc;

    MrnCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Increments the clinic's counter and returns the new value. The update locks the clinic's row until the
     * caller's transaction ends, so no two transactions get the same value. Returns empty when the clinic has no
     * counter yet ({@link #create}).
     */
    OptionalLong increment(ClinicId clinic) {
        int updated = jdbc.sql("update patient_mrn_counter set last_value = last_value + 1 where clinic_id = :c")
                .param("c", clinic.value()).update();
        if (updated == 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(jdbc.sql("select last_value from patient_mrn_counter where clinic_id = :c")
                .param("c", clinic.value()).query(Long.class).single());
    }

    /**
     * Creates the clinic's counter at its number of patients, the first number the old count-plus-one scheme
     * would have tried. Two first registrations may both try: the loser gets a duplicate key and retries.
     */
    void create(ClinicId clinic) {
        jdbc.sql("""
                insert into patient_mrn_counter (clinic_id, last_value)
                select :c, count(*) from patient where clinic_id = :c""")
                .param("c", clinic.value()).update();
    }
}
