package org.regenpath.shared.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Wilson score interval against the published values of Newcombe RG, Stat Med 1998;17:857-872, Table I, and
 * against values computed independently by {@code src/test/resources/stats/reference.py}.
 */
class WilsonIntervalTests {

    @ParameterizedTest(name = "{0}/{1} -> {2}-{3}")
    @CsvSource({
        "81, 263, 0.2553, 0.3662",
        "15, 148, 0.0624, 0.1605",
        "0, 20, 0.0000, 0.1611",
        "1, 29, 0.0061, 0.1718",
        "29, 29, 0.8830, 1.0000"})
    void matchesNewcombesTableOneMethodThree(int x, int n, double lower, double upper) {
        WilsonInterval ci = WilsonInterval.of(x, n);
        assertThat(ci.lower()).isCloseTo(lower, within(0.00005));
        assertThat(ci.upper()).isCloseTo(upper, within(0.00005));
        assertThat(ci.estimate()).isCloseTo((double) x / n, within(1e-12));
        assertThat(ci.trials()).isEqualTo(n);
    }

    @Test
    void matchesTheIndependentlyComputedBoundsToTenDecimals() {
        // Computed by src/test/resources/stats/reference.py: the same formula in Python's 60-digit decimals.
        var lines = ReferenceValues.lines("wilson");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(8);
        for (String[] w : lines) {
            WilsonInterval ci = WilsonInterval.of(Integer.parseInt(w[0]), Integer.parseInt(w[1]));
            assertThat(ci.lower()).as("lower of %s/%s", w[0], w[1]).isCloseTo(Double.parseDouble(w[2]), within(1e-10));
            assertThat(ci.upper()).as("upper of %s/%s", w[0], w[1]).isCloseTo(Double.parseDouble(w[3]), within(1e-10));
        }
    }

    @Test
    void staysWithinZeroAndOneWhenEveryoneOrNoOneAnswered() {
        for (int n = 1; n <= 500; n++) {
            assertThat(WilsonInterval.of(n, n).upper()).isEqualTo(1.0);
            assertThat(WilsonInterval.of(0, n).lower()).isEqualTo(0.0);
            assertThat(WilsonInterval.of(n, n).lower()).isLessThan(1.0);
        }
    }

    @Test
    void noOneEnrolledHasNoRateAndNoInterval() {
        WilsonInterval none = WilsonInterval.of(0, 0);
        assertThat(none.defined()).isFalse();
        assertThat(none.estimate()).isNull();
        assertThat(none.lower()).isNull();
        assertThat(none.upper()).isNull();
    }

    @Test
    void refusesMoreAnswersThanPatients() {
        assertThatThrownBy(() -> WilsonInterval.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
