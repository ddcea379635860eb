package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checklists are due on the clinic's local procedure day plus 2, 7 and 30 calendar days. */
class ChecklistDaysTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final List<Integer> DAYS = List.of(2, 7, 30);

    private static List<LocalDate> due(Instant performedAt, ZoneId zone) {
        return ChecklistDays.of(performedAt, zone, DAYS).stream().map(ChecklistDays.Due::dueOn).toList();
    }

    @Test
    void aProcedureLateInTheEveningCountsFromTheClinicsDayNotUtcs() {
        // 23:30 EST on 7 Dec 2026 is already 04:30 on 8 Dec in UTC.
        Instant late = ZonedDateTime.of(2026, 12, 7, 23, 30, 0, 0, NEW_YORK).toInstant();

        assertThat(ChecklistDays.procedureDay(late, NEW_YORK)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(due(late, NEW_YORK)).containsExactly(LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 14),
                LocalDate.of(2027, 1, 6));
        assertThat(due(late, ZoneId.of("UTC"))).as("the same instant in a UTC clinic is a day later")
                .containsExactly(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 15), LocalDate.of(2027, 1, 7));
    }

    @Test
    void aProcedureJustAfterMidnightIsOnTheNewDay() {
        Instant early = ZonedDateTime.of(2026, 12, 8, 0, 5, 0, 0, NEW_YORK).toInstant();

        assertThat(due(early, NEW_YORK)).first().isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void theSpringDaylightSavingChangeMovesNoDueDate() {
        // Clocks go forward at 02:00 on Sunday 8 Mar 2026 in New York: that day has 23 hours.
        Instant evening = ZonedDateTime.of(2026, 3, 6, 23, 45, 0, 0, NEW_YORK).toInstant();

        assertThat(due(evening, NEW_YORK)).containsExactly(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 13),
                LocalDate.of(2026, 4, 5));
        // 48 hours after the procedure is already 9 Mar 00:45 local: counting hours would give the wrong day.
        assertThat(LocalDate.ofInstant(evening.plusSeconds(48 * 3600), NEW_YORK))
                .isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void theAutumnDaylightSavingChangeMovesNoDueDate() {
        // Clocks go back at 02:00 on Sunday 1 Nov 2026 in New York: that day has 25 hours.
        Instant evening = ZonedDateTime.of(2026, 10, 30, 23, 30, 0, 0, NEW_YORK).toInstant();

        assertThat(due(evening, NEW_YORK)).containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 6),
                LocalDate.of(2026, 11, 29));
        // A procedure at 00:30 on 31 Oct: 48 hours later is 1 Nov 23:30 local (that day has an hour more), but day 2
        // is 2 Nov: counting hours would give the wrong day.
        Instant justAfterMidnight = ZonedDateTime.of(2026, 10, 31, 0, 30, 0, 0, NEW_YORK).toInstant();
        assertThat(due(justAfterMidnight, NEW_YORK)).first().isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(LocalDate.ofInstant(justAfterMidnight.plusSeconds(48 * 3600), NEW_YORK))
                .isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void dueDatesCrossMonthAndYearEnds() {
        Instant newYearsEve = ZonedDateTime.of(2026, 12, 30, 10, 0, 0, 0, NEW_YORK).toInstant();

        assertThat(due(newYearsEve, NEW_YORK)).containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 6),
                LocalDate.of(2027, 1, 29));
    }
}
