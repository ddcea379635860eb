package org.regenpath.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTests {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void waitDoublesWithEachAttemptUpToTheMaximum() {
        assertThat(Backoff.wait(1, MINUTE, HOUR)).isEqualTo(MINUTE);
        assertThat(Backoff.wait(2, MINUTE, HOUR)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Backoff.wait(6, MINUTE, HOUR)).isEqualTo(Duration.ofMinutes(32));
        assertThat(Backoff.wait(7, MINUTE, HOUR)).isEqualTo(HOUR);
        assertThat(Backoff.wait(10_000, MINUTE, HOUR)).isEqualTo(HOUR);
    }

    @Test
    void aFreshDeliveryIsNotDueBeforeOneInterval() {
        assertThat(Backoff.due(T0, 1, T0.plusSeconds(59), MINUTE, HOUR)).isFalse();
        assertThat(Backoff.due(T0, 1, T0.plusSeconds(60), MINUTE, HOUR)).isTrue();
    }

    @Test
    void aDeliveryTriedFourTimesWaitsEightIntervals() {
        assertThat(Backoff.due(T0, 4, T0.plus(Duration.ofMinutes(7)), MINUTE, HOUR)).isFalse();
        assertThat(Backoff.due(T0, 4, T0.plus(Duration.ofMinutes(8)), MINUTE, HOUR)).isTrue();
    }

    @Test
    void settingsNameTheWrongValue() {
        assertThatThrownBy(() -> new EventProperties(Duration.ZERO, HOUR, Duration.ofDays(30)))
                .hasMessageContaining("interval");
        assertThatThrownBy(() -> new EventProperties(HOUR, MINUTE, Duration.ofDays(30)))
                .hasMessageContaining("max-backoff");
        assertThatThrownBy(() -> new EventProperties(MINUTE, HOUR, Duration.ZERO))
                .hasMessageContaining("retention");
    }
}
