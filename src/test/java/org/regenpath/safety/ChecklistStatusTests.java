package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An unanswered checklist is upcoming, due and then overdue; an answered one is answered, whatever the day. */
class ChecklistStatusTests {

    static final LocalDate DUE = LocalDate.of(2026, 12, 9);

    @Test
    void anUnansweredChecklistIsUpcomingThenDueThenOverdue() {
        assertThat(ChecklistStatus.of(false, DUE, DUE.minusDays(1))).isEqualTo(ChecklistStatus.UPCOMING);
        assertThat(ChecklistStatus.of(false, DUE, DUE)).isEqualTo(ChecklistStatus.DUE);
        assertThat(ChecklistStatus.of(false, DUE, DUE.plusDays(1))).isEqualTo(ChecklistStatus.OVERDUE);
        assertThat(ChecklistStatus.of(false, DUE, DUE.plusDays(60))).isEqualTo(ChecklistStatus.OVERDUE);
    }

    @Test
    void anAnsweredChecklistIsNeverOverdue() {
        assertThat(ChecklistStatus.of(true, DUE, DUE.minusDays(1))).isEqualTo(ChecklistStatus.ANSWERED);
        assertThat(ChecklistStatus.of(true, DUE, DUE.plusDays(60))).isEqualTo(ChecklistStatus.ANSWERED);
    }
}
