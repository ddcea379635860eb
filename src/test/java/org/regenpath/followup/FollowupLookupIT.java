package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.instrument.ScaleScore;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.Changes;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.support.LookupChecks;
import org.regenpath.support.QueryCounting;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The follow-up reads other modules build on: scored responses by patient, by ids and changed since; schedules. */
@Import(QueryCounting.class)
class FollowupLookupIT extends WebIT {

    @Autowired
    FollowupLookup lookup;

    @Autowired
    TransactionTemplate tx;

    ClinicId clinic;
    ClinicId other;
    Instant tie;
    PatientId patient = new PatientId(Long.MAX_VALUE - 31);
    long schedule;
    long otherSchedule;
    List<Long> five = new ArrayList<>();
    long stranger;
    int position;

    /** A schedule of a clinic of its own with five answered tasks, all submitted in one transaction at one time. */
    @BeforeEach
    void fiveResponsesWithOneTimestamp() {
        clinic = LookupChecks.freshClinic();
        other = LookupChecks.freshClinic();
        tie = LookupChecks.tie();
        tx.executeWithoutResult(s -> {
            schedule = schedule(clinic);
            otherSchedule = schedule(other);
            for (int i = 0; i < 5; i++) {
                five.add(response(clinic, schedule, tie));
            }
            stranger = response(other, otherSchedule, tie);
        });
    }

    <T> T read(Supplier<T> read) {
        return tx.execute(status -> read.get());
    }

    long schedule(ClinicId c) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into followup_schedule (clinic_id, patient_id, plan_id, instrument_set_id, template_id,
                    created_at, updated_at, version)
                values (:c, :p, :plan, 'knee-oa', 'default', :t, :t, 0)""")
                .param("c", c.value()).param("p", patient.value())
                .param("plan", ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L))
                .param("t", tie.atOffset(ZoneOffset.UTC)).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    long response(ClinicId c, long scheduleId, Instant at) {
        position++;
        GeneratedKeyHolder task = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into followup_task (schedule_id, clinic_id, patient_id, time_point_id, time_point_label,
                    baseline, offset_months, position, instrument_id, opens_on, due_on, status, version)
                values (:s, :c, :p, 'baseline', 'Baseline', true, 0, :pos, 'nrs-11', :on, :on, 'COMPLETED', 0)""")
                .param("s", scheduleId).param("c", c.value()).param("p", patient.value()).param("pos", position)
                .param("on", LocalDate.of(2026, 1, 10)).update(task, "id");
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into followup_response (task_id, clinic_id, patient_id, instrument_id, time_point_id,
                    answered_on, submitted_at, submitted_by, submitted_by_role, late, resource)
                values (:task, :c, :p, 'nrs-11', 'baseline', :on, :t, 'Lookup Test', 'PATIENT', false, '{}')""")
                .param("task", task.getKeyAs(Long.class)).param("c", c.value()).param("p", patient.value())
                .param("on", LocalDate.of(2026, 1, 10)).param("t", at.atOffset(ZoneOffset.UTC)).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (String scale : List.of("pain-now", "pain-average")) {
            jdbc.sql("""
                    insert into followup_response_score (response_id, patient_id, clinic_id, instrument_id,
                        time_point_id, scale, label, status, score, answered, item_count, provenance)
                    values (:r, :p, :c, 'nrs-11', 'baseline', :scale, :scale, 'SCORED', 6, 1, 1, 'FORMULA')""")
                    .param("r", id).param("p", patient.value()).param("c", c.value()).param("scale", scale).update();
        }
        jdbc.sql("update followup_task set response_id = :r where id = :t").param("r", id)
                .param("t", task.getKeyAs(Long.class)).update();
        return id;
    }

    @Test
    void batchReturnsExactlyTheAskedResponsesOfTheClinicAndReadsTheirScoresInOneQuery() {
        QueryCounting.reset();
        read(() -> lookup.responsesByIds(clinic, List.of(five.get(0))));
        int forOne = QueryCounting.statements();
        QueryCounting.reset();
        List<StoredResponse> found = read(() -> lookup.responsesByIds(clinic, List.of(five.get(4), five.get(1),
                stranger, Long.MAX_VALUE)));
        int forMany = QueryCounting.statements();

        assertThat(found).extracting(StoredResponse::id).containsExactly(five.get(1), five.get(4));
        assertThat(found).allSatisfy(r -> assertThat(r.scores()).extracting(ScaleScore::scale)
                .containsExactly("pain-now", "pain-average"));
        assertThat(forOne).as("one query for the responses, one for their scores").isEqualTo(2);
        assertThat(forMany).isEqualTo(2);

        assertThat(read(() -> lookup.responsesByIds(other, five))).as("another clinic's ids").isEmpty();
        assertThat(read(() -> lookup.responsesByPatient(clinic, patient))).extracting(StoredResponse::id)
                .containsExactlyElementsOf(five);
        assertThat(read(() -> lookup.responsesByPatient(other, patient))).extracting(StoredResponse::id)
                .containsExactly(stranger);
    }

    @Test
    void schedulesOfThePatientAreReadPerClinicWithTheirAnsweredTasks() {
        List<ScheduleView> mine = read(() -> lookup.schedulesByPatient(clinic, patient));
        assertThat(mine).extracting(ScheduleView::id).containsExactly(schedule);
        assertThat(mine.get(0).tasks()).hasSize(5).allSatisfy(t -> assertThat(t.status())
                .isEqualTo(TaskStatus.COMPLETED));
        assertThat(read(() -> lookup.schedulesByPatient(other, patient))).extracting(ScheduleView::id)
                .containsExactly(otherSchedule);
    }

    @Test
    void changedSinceReturnsEveryResponseOnceAcrossReadsAndPicksUpALaterOne() {
        ChangeCursor from = ChangeCursor.since(tie.minusSeconds(1));
        List<Long> ids = read(() -> LookupChecks.readAll((c, n) -> lookup.responsesChangedSince(clinic, c, n), from,
                2, StoredResponse::id));
        assertThat(ids).containsExactlyElementsOf(five);

        Changes<StoredResponse> all = read(() -> lookup.responsesChangedSince(clinic, from, 10));
        assertThat(all.more()).isFalse();
        long later = tx.execute(s -> response(clinic, schedule, tie.plusSeconds(30)));
        assertThat(read(() -> lookup.responsesChangedSince(clinic, all.next(), 10)).items())
                .extracting(StoredResponse::id).containsExactly(later);
    }
}
