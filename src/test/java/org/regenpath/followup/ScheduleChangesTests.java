package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regenerating a schedule never loses an answer (issue #5, item 3). */
class ScheduleChangesTests {

    private static final LocalDate DAY = LocalDate.of(2027, 2, 23);

    private static PlannedTask task(String timePoint, String instrument, LocalDate due) {
        return new PlannedTask(timePoint, timePoint, false, 3, 0, instrument, due.minusDays(14), due,
                due.plusDays(28));
    }

    private static ScheduleChanges.Existing existing(long id, String timePoint, String instrument,
            TaskStatus status, boolean draft) {
        PlannedTask t = task(timePoint, instrument, DAY);
        return new ScheduleChanges.Existing(id, t.key(), status, draft, t);
    }

    @Test
    void answeredTasksAreKeptUnansweredOnesCancelledAndNewOnesAdded() {
        List<ScheduleChanges.Existing> now = List.of(
                existing(1, "3m", "nrs-11", TaskStatus.COMPLETED, false),
                existing(2, "3m", "koos-jr", TaskStatus.PENDING, true),
                existing(3, "3m", "peg-3", TaskStatus.PENDING, false),
                existing(4, "6m", "nrs-11", TaskStatus.PENDING, false));
        List<PlannedTask> wanted = List.of(task("3m", "odi", DAY), task("6m", "nrs-11", DAY));
        ScheduleChanges changes = ScheduleChanges.between(now, wanted);
        assertThat(changes.keptAnswered()).containsExactly(1L, 2L);
        assertThat(changes.cancel()).containsExactly(3L);
        assertThat(changes.add()).extracting(PlannedTask::key).containsExactly("3m/odi");
        assertThat(changes.redate()).isEmpty();
    }

    @Test
    void pendingTasksTakeNewDatesButSubmittedAndMissedOnesKeepTheirs() {
        List<ScheduleChanges.Existing> now = List.of(
                existing(1, "3m", "nrs-11", TaskStatus.COMPLETED, false),
                existing(2, "3m", "koos-jr", TaskStatus.PENDING, true),
                existing(3, "baseline", "phq-9", TaskStatus.MISSED, false));
        LocalDate later = DAY.plusDays(7);
        List<PlannedTask> wanted = List.of(task("3m", "nrs-11", later), task("3m", "koos-jr", later),
                task("baseline", "phq-9", later));
        ScheduleChanges changes = ScheduleChanges.between(now, wanted);
        assertThat(changes.redate()).containsOnlyKeys(2L);
        assertThat(changes.add()).isEmpty();
        assertThat(changes.cancel()).isEmpty();
    }

    @Test
    void aCancelledTaskTheProtocolAsksAgainIsCreatedAfreshAndNothingChangesWhenTheProtocolIsTheSame() {
        List<ScheduleChanges.Existing> now = List.of(existing(1, "3m", "nrs-11", TaskStatus.CANCELLED, false),
                existing(2, "6m", "nrs-11", TaskStatus.PENDING, false));
        ScheduleChanges again = ScheduleChanges.between(now, List.of(task("3m", "nrs-11", DAY),
                task("6m", "nrs-11", DAY)));
        assertThat(again.add()).extracting(PlannedTask::key).containsExactly("3m/nrs-11");
        assertThat(ScheduleChanges.between(List.of(now.get(1)), List.of(task("6m", "nrs-11", DAY))).isEmpty())
                .isTrue();
    }
}
