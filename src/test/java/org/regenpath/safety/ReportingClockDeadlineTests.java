package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regenpath.safety.ReportingClock.Standing;
import org.regenpath.safety.ReportingClockFacts.Regime;

/**
 * Deadlines are calendar days in the clinic's zone: day 0 is the clinic's date when it first knew, across month and
 * year ends and both daylight-saving changes in America/New_York (2026: ends 1 November; 2027: starts 14 March).
 */
class ReportingClockDeadlineTests {

    static final ReportingClockRules RULES = ReportingClockRules.standard();
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void fifteenDaysFromAJanuaryDayEndInFebruary() {
        ReportingClock clock = fifteenDay(Instant.parse("2027-01-20T15:00:00Z"));
        assertThat(clock.dayZero()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(clock.deadline()).isEqualTo(LocalDate.of(2027, 2, 4));
        assertThat(clock.endsAt()).isEqualTo(Instant.parse("2027-02-05T05:00:00Z"));
    }

    @Test
    void fifteenDaysFromLateFebruaryOfACommonYearEndOnTheSeventhOfMarch() {
        assertThat(fifteenDay(Instant.parse("2027-02-20T15:00:00Z")).deadline()).isEqualTo(LocalDate.of(2027, 3, 7));
    }

    @Test
    void sevenDaysFromChristmasEveEndInTheNewYear() {
        ReportingClock clock = sevenDay(Instant.parse("2026-12-24T17:00:00Z"));
        assertThat(clock.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(fifteenDay(Instant.parse("2026-12-24T17:00:00Z")).deadline()).isEqualTo(LocalDate.of(2027, 1, 8));
    }

    @Test
    void anEveningReportCountsFromTheClinicsDateNotTheUtcDate() {
        // 22:30 in New York on 29 November is already 30 November in UTC.
        ReportingClock clock = fifteenDay(Instant.parse("2026-11-30T03:30:00Z"));
        assertThat(clock.dayZero()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(clock.deadline()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(clock.endsAt()).isEqualTo(Instant.parse("2026-12-15T05:00:00Z"));
        ReportingClock inTokyo = ReportingClock.start(RULES.rule(ReportingClockRule.Kind.IND_SAFETY_REPORT),
                Instant.parse("2026-11-30T03:30:00Z"), ZoneId.of("Asia/Tokyo"));
        assertThat(inTokyo.dayZero()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aClockAcrossTheSpringChangeIsSevenCalendarDaysAndOneHourShortOfEightTimesTwentyFourHours() {
        // 09:00 EST on Wednesday 10 March 2027; clocks go forward on Sunday 14 March.
        ReportingClock clock = sevenDay(Instant.parse("2027-03-10T14:00:00Z"));
        assertThat(clock.deadline()).isEqualTo(LocalDate.of(2027, 3, 17));
        assertThat(clock.endsAt()).isEqualTo(Instant.parse("2027-03-18T04:00:00Z"));
        Instant dayZeroStart = Instant.parse("2027-03-10T05:00:00Z");
        assertThat(Duration.between(dayZeroStart, clock.endsAt())).isEqualTo(Duration.ofDays(8).minusHours(1));
    }

    @Test
    void aClockAcrossTheAutumnChangeEndsAtMidnightStandardTime() {
        // 12:00 EDT on Sunday 25 October 2026; clocks go back on Sunday 1 November.
        ReportingClock clock = fifteenDay(Instant.parse("2026-10-25T16:00:00Z"));
        assertThat(clock.deadline()).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(clock.endsAt()).isEqualTo(Instant.parse("2026-11-10T05:00:00Z"));
        Instant dayZeroStart = Instant.parse("2026-10-25T04:00:00Z");
        assertThat(Duration.between(dayZeroStart, clock.endsAt())).isEqualTo(Duration.ofDays(16).plusHours(1));
    }

    @Test
    void aReportKnownOnTheNightTheClocksGoBackCountsFromHalloween() {
        // 23:30 EDT on 31 October 2026, the last evening of daylight time.
        ReportingClock clock = sevenDay(Instant.parse("2026-11-01T03:30:00Z"));
        assertThat(clock.dayZero()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(clock.deadline()).isEqualTo(LocalDate.of(2026, 11, 7));
        assertThat(clock.endsAt()).isEqualTo(Instant.parse("2026-11-08T05:00:00Z"));
    }

    @Test
    void aClockIsOpenThenDueSoonThenOverdueOnTheClinicsDate() {
        ReportingClock clock = sevenDay(Instant.parse("2027-03-10T14:00:00Z"));
        assertThat(clock.standing(Instant.parse("2027-03-13T16:00:00Z"))).isEqualTo(Standing.OPEN);
        assertThat(clock.daysLeft(LocalDate.of(2027, 3, 15))).isEqualTo(2);
        assertThat(clock.standing(Instant.parse("2027-03-15T16:00:00Z"))).isEqualTo(Standing.DUE_SOON);
        // 23:59 EDT on the deadline day is still on time; midnight is late.
        assertThat(clock.standing(Instant.parse("2027-03-18T03:59:00Z"))).isEqualTo(Standing.DUE_SOON);
        assertThat(clock.standing(Instant.parse("2027-03-18T04:00:00Z"))).isEqualTo(Standing.OVERDUE);
        assertThat(clock.daysLeft(LocalDate.of(2027, 3, 19))).isEqualTo(-2);
    }

    private static ReportingClock fifteenDay(Instant known) {
        return RULES.clocksFor(facts(SeriousnessCriterion.HOSPITALISATION, known)).get(0);
    }

    private static ReportingClock sevenDay(Instant known) {
        ReportingClock clock = RULES.clocksFor(facts(SeriousnessCriterion.LIFE_THREATENING, known)).get(0);
        assertThat(clock.rule().days()).isEqualTo(7);
        return clock;
    }

    private static ReportingClockFacts facts(SeriousnessCriterion criterion, Instant known) {
        return new ReportingClockFacts(true, Set.of(criterion), false, Relatedness.POSSIBLE, Regime.IND, false, false,
                known, NEW_YORK);
    }
}
