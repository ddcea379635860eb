package org.regenpath.shared.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact interval against values computed independently by {@code src/test/resources/stats/reference.py}
 * (Python's standard library: the roots of the binomial tail sums by bisection in 60-digit decimals, no Beta
 * function), and against Newcombe RG, Stat Med 1998;17:857-872, Table I, method 5.
 */
class ClopperPearsonIntervalTests {

    @Test
    void matchesTheIndependentlyComputedBoundsToTenDecimals() {
        var lines = ReferenceValues.lines("cp");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(10);
        for (String[] w : lines) {
            ClopperPearsonInterval ci = ClopperPearsonInterval.of(Integer.parseInt(w[0]), Integer.parseInt(w[1]));
            assertThat(ci.lower()).as("lower of %s/%s", w[0], w[1]).isCloseTo(Double.parseDouble(w[2]), within(1e-10));
            assertThat(ci.upper()).as("upper of %s/%s", w[0], w[1]).isCloseTo(Double.parseDouble(w[3]), within(1e-10));
        }
    }

    @ParameterizedTest(name = "{0}/{1} -> {2}-{3}")
    @CsvSource({"81, 263, 0.2527, 0.3676", "15, 148, 0.0578, 0.1617", "0, 20, 0.0000, 0.1684",
        "1, 29, 0.0009, 0.1776", "29, 29, 0.8806, 1.0000"})
    void matchesNewcombesTableOneMethodFive(int x, int n, double lower, double upper) {
        ClopperPearsonInterval ci = ClopperPearsonInterval.of(x, n);
        assertThat(ci.lower()).isCloseTo(lower, within(0.00005));
        assertThat(ci.upper()).isCloseTo(upper, within(0.00005));
    }

    @Test
    void noneOrAllSuccessesHaveTheirOpenBoundExactlyAtZeroOrOne() {
        for (int n = 1; n <= 300; n++) {
            assertThat(ClopperPearsonInterval.of(0, n).lower()).isEqualTo(0.0);
            assertThat(ClopperPearsonInterval.of(n, n).upper()).isEqualTo(1.0);
            // With x = 0 the upper bound is 1 - 0.025^(1/n) exactly (the textbook closed form).
            assertThat(ClopperPearsonInterval.of(0, n).upper()).isCloseTo(1 - Math.pow(0.025, 1.0 / n), within(1e-12));
        }
    }

    @Test
    void isNeverNarrowerThanWilsonForSmallCounts() {
        for (int n = 1; n <= 40; n++) {
            for (int x = 0; x <= n; x++) {
                ClopperPearsonInterval exact = ClopperPearsonInterval.of(x, n);
                WilsonInterval wilson = WilsonInterval.of(x, n);
                assertThat(exact.upper() - exact.lower()).as("%d/%d", x, n)
                        .isGreaterThanOrEqualTo(wilson.upper() - wilson.lower() - 1e-12);
            }
        }
    }

    @Test
    void noOneEnrolledHasNoRateAndNoInterval() {
        ClopperPearsonInterval none = ClopperPearsonInterval.of(0, 0);
        assertThat(none.defined()).isFalse();
        assertThat(none.estimate()).isNull();
        assertThat(none.lower()).isNull();
        assertThat(none.upper()).isNull();
    }

    @Test
    void refusesMoreSuccessesThanTrials() {
        assertThatThrownBy(() -> ClopperPearsonInterval.of(3, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3/2");
    }
}
