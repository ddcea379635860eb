package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TaskStateTests {

    private static final LocalDate OPENS = LocalDate.of(2027, 2, 9);
    private static final LocalDate CLOSES = LocalDate.of(2027, 3, 23);

    @Test
    void aPendingTaskIsUpcomingThenOpenThroughItsLastDayThenOverdue() {
        assertThat(TaskState.of(TaskStatus.PENDING, OPENS, CLOSES, OPENS.minusDays(1))).isEqualTo(TaskState.UPCOMING);
        assertThat(TaskState.of(TaskStatus.PENDING, OPENS, CLOSES, OPENS)).isEqualTo(TaskState.OPEN);
        assertThat(TaskState.of(TaskStatus.PENDING, OPENS, CLOSES, CLOSES)).isEqualTo(TaskState.OPEN);
        assertThat(TaskState.of(TaskStatus.PENDING, OPENS, CLOSES, CLOSES.plusDays(1))).isEqualTo(TaskState.OVERDUE);
        assertThat(TaskState.of(TaskStatus.PENDING, OPENS, null, CLOSES.plusYears(1))).isEqualTo(TaskState.OPEN);
        assertThat(TaskState.of(TaskStatus.COMPLETED, OPENS, CLOSES, OPENS.minusDays(1)))
                .isEqualTo(TaskState.COMPLETED);
    }
}
