package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which follow-up e-mails are due, and that none is sent twice (issue #5, item 5). */
class ReminderPlannerTests {

    private static final LocalDate OPENS = LocalDate.of(2027, 2, 9);
    private static final LocalDate CLOSES = LocalDate.of(2027, 3, 23);

    private static TaskRow task(long id, String timePoint, String instrument, TaskStatus status, LocalDate closes) {
        return new TaskRow(id, 5, 1, 41, new PlannedTask(timePoint, "3 months", false, 3, (int) id, instrument,
                OPENS, OPENS.plusDays(14), closes), status, null, null, null, null, 0);
    }

    private static final List<TaskRow> THREE_MONTHS = List.of(task(1, "3m", "nrs-11", TaskStatus.PENDING, CLOSES),
            task(2, "3m", "koos-jr", TaskStatus.PENDING, CLOSES));

    @Test
    void aTimePointThatOpensGetsOneOpeningEMailListingItsUnansweredQuestionnaires() {
        List<ReminderPlanner.Due> due = ReminderPlanner.due(THREE_MONTHS, Set.of(), OPENS, 7);
        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ReminderKind.OPENED);
            assertThat(d.taskIds()).containsExactly(1L, 2L);
            assertThat(d.timePointId()).isEqualTo("3m");
        });
        assertThat(ReminderPlanner.due(THREE_MONTHS, Set.of(ReminderPlanner.key(5, "3m", ReminderKind.OPENED)),
                OPENS.plusDays(1), 7)).isEmpty();
        assertThat(ReminderPlanner.due(THREE_MONTHS, Set.of(), OPENS.minusDays(1), 7)).isEmpty();
    }

    @Test
    void aClosingReminderGoesOutSevenDaysBeforeTheWindowClosesThenTheCoordinatorHearsOnceWhenItIsOverdue() {
        Set<String> opened = Set.of(ReminderPlanner.key(5, "3m", ReminderKind.OPENED));
        assertThat(ReminderPlanner.due(THREE_MONTHS, opened, CLOSES.minusDays(8), 7)).isEmpty();
        assertThat(ReminderPlanner.due(THREE_MONTHS, opened, CLOSES.minusDays(7), 7)).singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(ReminderKind.CLOSING));
        assertThat(ReminderPlanner.due(THREE_MONTHS, opened, CLOSES.plusDays(1), 7)).singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(ReminderKind.OVERDUE));
        Set<String> all = Set.of(ReminderPlanner.key(5, "3m", ReminderKind.OPENED),
                ReminderPlanner.key(5, "3m", ReminderKind.CLOSING), ReminderPlanner.key(5, "3m", ReminderKind.OVERDUE));
        assertThat(ReminderPlanner.due(THREE_MONTHS, all, CLOSES.plusDays(30), 7)).isEmpty();
    }

    @Test
    void answeredTimePointsAndOpenBaselinesNeedNoClosingReminder() {
        List<TaskRow> answered = List.of(task(1, "3m", "nrs-11", TaskStatus.COMPLETED, CLOSES));
        assertThat(ReminderPlanner.due(answered, Set.of(), CLOSES.minusDays(3), 7)).isEmpty();
        List<TaskRow> baseline = List.of(task(9, "baseline", "nrs-11", TaskStatus.PENDING, null));
        assertThat(ReminderPlanner.due(baseline, Set.of(ReminderPlanner.key(5, "baseline", ReminderKind.OPENED)),
                OPENS.plusYears(1), 7)).isEmpty();
    }
}
