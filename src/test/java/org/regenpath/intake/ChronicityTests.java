package org.regenpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Chronic means three calendar months or more since onset, counted as {@link LocalDate#plusMonths} counts. */
class ChronicityTests {

    @Test
    void exactlyThreeMonthsIsChronicAndADayLessIsNot() {
        LocalDate onset = LocalDate.of(2026, 3, 14);
        assertThat(Chronicity.of(onset, LocalDate.of(2026, 6, 14))).isEqualTo(
                new Chronicity(true, LocalDate.of(2026, 6, 14)));
        assertThat(Chronicity.of(onset, LocalDate.of(2026, 6, 13)).chronic()).isFalse();
    }

    @Test
    void monthEndsClampToTheLastDayOfTheShorterMonth() {
        LocalDate onset = LocalDate.of(2025, 11, 30);
        assertThat(Chronicity.of(onset, LocalDate.of(2026, 2, 28))).isEqualTo(
                new Chronicity(true, LocalDate.of(2026, 2, 28)));
        assertThat(Chronicity.of(onset, LocalDate.of(2026, 2, 27)).chronic()).isFalse();
        assertThat(Chronicity.of(LocalDate.of(2023, 11, 30), LocalDate.of(2024, 2, 29)).qualifiesOn())
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void onsetTodayQualifiesInThreeMonths() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(Chronicity.of(today, today)).isEqualTo(new Chronicity(false, LocalDate.of(2027, 2, 23)));
    }
}
