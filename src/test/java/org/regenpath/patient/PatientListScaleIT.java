package org.regenpath.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Paging;
import org.regenpath.shared.ResultPage;
import org.regenpath.support.WebIT;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long one page of the patient list takes in a clinic of 5,000 patients when it is filtered or sorted by where
 * patients stand (every patient's progress read, then filtered and sorted in memory) against the database-paged
 * list: the figures of decision 0032. A measurement, not a gate: it asserts the totals and prints the times; it
 * runs only when asked ({@code -Dregenpath.measure=true}) because seeding 5,000 patients loads a shared machine.
 */
@EnabledIfSystemProperty(named = "regenpath.measure", matches = "true")
class PatientListScaleIT extends WebIT {

    private static final int PATIENTS = 5_000;
    private static final int RUNS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(PatientListScaleIT.class);

    @Autowired
    PatientRegistry registry;

    @Autowired
    JdbcTemplate template;

    @Test
    void listsAPageOfAFiveThousandPatientClinicByStageAndCondition() {
        String name = "Scale clinic " + UUID.randomUUID();
        jdbc.sql("insert into identity_clinic (name, created_at, time_zone) values (:n, current_timestamp, 'UTC')")
                .param("n", name).update();
        ClinicId clinic = new ClinicId(jdbc.sql("select id from identity_clinic where name = :n").param("n", name)
                .query(Long.class).single());
        seed(clinic);
        Actor system = Actor.system(clinic);
        Paging first = new Paging(0, 50);

        ResultPage<PatientListEntry> eligible = registry.list(system, null, null, StageFilter.ELIGIBLE, null,
                PatientSort.NAME, false, first);
        assertThat(eligible.total()).isEqualTo(PATIENTS * 3 / 10);
        assertThat(eligible.items()).hasSize(50)
                .allMatch(e -> e.progress().stage() == PatientStage.ELIGIBLE);
        ResultPage<PatientListEntry> knees = registry.list(system, null, null, null, "knee-oa",
                PatientSort.CONDITION, false, first);
        assertThat(knees.total()).isEqualTo(PATIENTS * 4 / 10);

        report("database-paged, by name", () -> registry.list(system, null, null, PatientSort.NAME, false, first));
        report("stage = eligible", () -> registry.list(system, null, null, StageFilter.ELIGIBLE, null,
                PatientSort.NAME, false, first));
        report("condition = knee-oa, by stage", () -> registry.list(system, null, null, null, "knee-oa",
                PatientSort.STAGE, false, first));
        report("all, by condition, page 60", () -> registry.list(system, null, null, null, null,
                PatientSort.CONDITION, true, new Paging(60, 50)));
    }

    /** 5,000 patients; 8 in 10 with a knee or hip condition; 3 in 10 decided eligible, 3 in 10 not. */
    private void seed(ClinicId clinic) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> patients = new ArrayList<>();
        for (int i = 0; i < PATIENTS; i++) {
            patients.add(new Object[] {clinic.value(), "SC-" + i, "Given" + i, "Family" + (i * 7919 % PATIENTS),
                    java.sql.Date.valueOf(LocalDate.of(1940, 1, 1).plusDays(i * 5L)), now, now});
        }
        template.batchUpdate("""
                insert into patient (clinic_id, mrn, given_name, family_name, date_of_birth, sex_at_birth, created_at,
                    updated_at, version) values (?, ?, ?, ?, ?, 'F', ?, ?, 0)""", patients);
        List<Long> ids = jdbc.sql("select id from patient where clinic_id = :c order by id")
                .param("c", clinic.value()).query(Long.class).list();
        List<Object[]> conditions = new ArrayList<>();
        List<Object[]> decisions = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int tenth = i % 10;
            if (tenth < 8) {
                boolean knee = tenth < 4;
                conditions.add(new Object[] {ids.get(i), clinic.value(), knee ? "knee-oa" : "hip-oa",
                        knee ? "M17.12" : "M16.12", knee ? "KNEE" : "HIP", now, now});
            }
            if (tenth < 6) {
                String outcome = tenth % 2 == 0 ? "ELIGIBLE" : "NOT_ELIGIBLE";
                decisions.add(new Object[] {ids.get(i), clinic.value(), outcome, outcome, now});
            }
        }
        template.batchUpdate("""
                insert into intake_pain_condition (patient_id, clinic_id, condition_id, icd10_code, body_site,
                    laterality, onset_date, baseline_nrs, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, 'LEFT', date '2024-01-01', 6, ?, 'scale', ?, 'scale')""", conditions);
        template.batchUpdate("""
                insert into intake_candidacy_decision (patient_id, clinic_id, outcome, evaluated_outcome, overridden,
                    rule_set_version, findings_json, decided_by, decided_at)
                values (?, ?, ?, ?, false, '1', '[]', 'scale', ?)""", decisions);
    }

    private static void report(String what, Supplier<ResultPage<PatientListEntry>> list) {
        for (int i = 0; i < 3; i++) {
            list.get();
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            list.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        LOG.info(String.format("PATIENT LIST %,d patients, %s: median %.1f ms, p90 %.1f ms", PATIENTS, what,
                times[RUNS / 2] / 1e6, times[RUNS * 9 / 10] / 1e6));
    }
}
