package org.regenpath.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DateStyleTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void aDayAlwaysCarriesItsYear() {
        assertThat(DateStyle.day(LocalDate.of(2026, 12, 7), null)).isEqualTo("7 Dec 2026");
        assertThat(DateStyle.day(LocalDate.of(1979, 1, 19), NEW_YORK)).isEqualTo("19 Jan 1979");
        assertThat(DateStyle.longDay(LocalDate.of(2027, 3, 1), null)).isEqualTo("1 March 2027");
    }

    @Test
    void aWindowShowsBothYearsAndAOneDayWindowIsOneDate() {
        assertThat(DateStyle.window(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 2, 5)))
                .isEqualTo("7 Dec 2026 \u2013 5 Feb 2027");
        assertThat(DateStyle.window(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7))).isEqualTo("7 Dec 2026");
        assertThat(DateStyle.window(LocalDate.of(2026, 12, 7), null)).isEqualTo("from 7 Dec 2026");
    }

    @Test
    void aTimeIsShownInTheClinicsZoneWithItsAbbreviation() {
        Instant evening = Instant.parse("2026-12-08T04:30:00Z");
        assertThat(DateStyle.time(evening, NEW_YORK)).isEqualTo("7 Dec 2026, 23:30 EST");
        assertThat(DateStyle.time(evening, LOS_ANGELES)).isEqualTo("7 Dec 2026, 20:30 PST");
        assertThat(DateStyle.day(evening, NEW_YORK)).isEqualTo("7 Dec 2026");
        assertThat(DateStyle.day(evening, ZoneId.of("UTC"))).isEqualTo("8 Dec 2026");
        assertThat(DateStyle.time(OffsetDateTime.parse("2026-12-08T04:30:00Z"), NEW_YORK))
                .isEqualTo("7 Dec 2026, 23:30 EST");
    }

    @Test
    void daylightSavingChangesTheAbbreviationAndTheOffset() {
        // 14 March 2027: 01:59 EST, then 03:00 EDT.
        assertThat(DateStyle.time(Instant.parse("2027-03-14T06:59:00Z"), NEW_YORK))
                .isEqualTo("14 Mar 2027, 01:59 EST");
        assertThat(DateStyle.time(Instant.parse("2027-03-14T07:00:00Z"), NEW_YORK))
                .isEqualTo("14 Mar 2027, 03:00 EDT");
        // 1 November 2026: 01:30 happens twice, first EDT then EST.
        assertThat(DateStyle.time(Instant.parse("2026-11-01T05:30:00Z"), NEW_YORK))
                .isEqualTo("1 Nov 2026, 01:30 EDT");
        assertThat(DateStyle.time(Instant.parse("2026-11-01T06:30:00Z"), NEW_YORK))
                .isEqualTo("1 Nov 2026, 01:30 EST");
        assertThat(DateStyle.seconds(Instant.parse("2026-07-04T16:00:05Z"), NEW_YORK))
                .isEqualTo("4 Jul 2026, 12:00:05 EDT");
    }

    @Test
    void nothingToShowIsEmpty() {
        assertThat(DateStyle.day(null, NEW_YORK)).isEmpty();
        assertThat(DateStyle.time(null, NEW_YORK)).isEmpty();
        assertThat(DateStyle.window(null, null)).isEmpty();
    }
}
