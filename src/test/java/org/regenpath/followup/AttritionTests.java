package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regenpath.instrument.Fixtures;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.stats.WilsonInterval;

/** Completion per time point: who is enrolled, what counts as answered, and the short names lists show. */
class AttritionTests {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    static final FollowupDefaults DEFAULTS = FollowupDefaults.load();

    final List<TaskRow> tasks = new ArrayList<>();

    static ScheduleRow schedule(long id, String set) {
        return new ScheduleRow(id, ClinicId.of(1), PatientId.of(id), id, null, null, set, "default", null, null,
                null, null, 0);
    }

    long task(long schedule, String timePoint, String instrument, TaskStatus status, LocalDate closes) {
        long id = tasks.size() + 1L;
        boolean baseline = timePoint.equals("baseline");
        tasks.add(new TaskRow(id, schedule, 1, schedule, new PlannedTask(timePoint, timePoint, baseline,
                baseline ? 0 : 1, 0, instrument, closes.minusDays(20), closes.minusDays(10), closes), status, null,
                null, null, null, 0));
        return id;
    }

    TimePointCompletion at(List<TimePointCompletion> all, String timePoint) {
        return all.stream().filter(c -> c.timePointId().equals(timePoint)).findFirst().orElseThrow();
    }

    @Test
    void answeredMeansThePrimaryInstrumentWasSubmittedOnTimeOrLate() {
        LocalDate past = TODAY.minusDays(5);
        task(1, "baseline", "nrs-11", TaskStatus.COMPLETED, past);
        task(1, "baseline", "koos-jr", TaskStatus.COMPLETED, past);
        task(1, "1m", "nrs-11", TaskStatus.PENDING, TODAY.plusDays(3));
        task(2, "baseline", "nrs-11", TaskStatus.MISSED, past);
        task(2, "baseline", "koos-jr", TaskStatus.COMPLETED, past);
        long late = task(3, "baseline", "nrs-11", TaskStatus.COMPLETED, past);
        task(4, "1m", "nrs-11", TaskStatus.PENDING, past);
        task(4, "1m", "koos-jr", TaskStatus.COMPLETED, past);
        task(4, "6m", "nrs-11", TaskStatus.CANCELLED, past);

        List<TimePointCompletion> all = Attrition.of(List.of(schedule(1, "knee-oa"), schedule(2, "knee-oa"),
                schedule(3, "neck"), schedule(4, "knee-oa")), tasks, Set.of(late), DEFAULTS,
                id -> DEFAULTS.instrumentSet(id).orElseThrow(), TODAY);

        assertThat(all).extracting(TimePointCompletion::timePointId)
                .containsExactly("baseline", "1m", "3m", "6m", "12m", "24m");
        TimePointCompletion baseline = at(all, "baseline");
        assertThat(baseline.enrolled()).isEqualTo(3);
        assertThat(baseline.answered()).isEqualTo(2);
        assertThat(baseline.answeredLate()).isEqualTo(1);
        assertThat(baseline.rate()).isEqualTo(WilsonInterval.of(2, 3));
        TimePointCompletion oneMonth = at(all, "1m");
        assertThat(oneMonth.enrolled()).isEqualTo(2);
        assertThat(oneMonth.answered()).isZero();
        assertThat(oneMonth.stillOpen()).isEqualTo(1);
        assertThat(at(all, "6m").enrolled()).isZero();
        assertThat(at(all, "6m").rate().defined()).isFalse();
    }

    @Test
    void listsNameInstrumentsByTheirAbbreviation() {
        assertThat(InstrumentCatalog.SHIPPED.stream().map(id -> Fixtures.CATALOG.instrument(id).shortTitle()))
                .containsExactly("NRS-11", "PEG-3", "KOOS, JR.", "HOOS, JR.", "KOOS", "PHQ-9", "PGIC", "ODI", "NDI");
        assertThat(DEFAULTS.instrumentSets()).extracting(Attrition::primary)
                .containsExactly("nrs-11", "nrs-11", "nrs-11", "nrs-11", "nrs-11", "nrs-11");
    }
}
