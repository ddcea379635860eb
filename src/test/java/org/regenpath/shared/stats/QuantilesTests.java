package org.regenpath.shared.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hyndman &amp; Fan type 7 quartiles against Python's {@code statistics.quantiles(method="inclusive")} (the same
 * definition, another implementation), printed by {@code src/test/resources/stats/reference.py}.
 */
class QuantilesTests {

    private static final Map<String, List<Double>> SAMPLES = Map.of(
            "odd", List.of(7.0, 1.0, 3.0, 5.0, 9.0),
            "even", List.of(2.5, 0.0, 10.0, 4.0, 6.0, 8.0),
            "ties", List.of(3.0, 3.0, 3.0, 1.0, 8.0, 8.0, 2.0),
            "two", List.of(1.0, 4.0));

    @Test
    void matchesPythonsInclusiveQuartilesToTenDecimals() {
        var lines = ReferenceValues.lines("q");
        assertThat(lines).hasSize(SAMPLES.size());
        for (String[] w : lines) {
            Quantiles q = Quantiles.of(SAMPLES.get(w[0]));
            assertThat(q.lowerQuartile()).as(w[0]).isCloseTo(Double.parseDouble(w[1]), within(1e-10));
            assertThat(q.median()).as(w[0]).isCloseTo(Double.parseDouble(w[2]), within(1e-10));
            assertThat(q.upperQuartile()).as(w[0]).isCloseTo(Double.parseDouble(w[3]), within(1e-10));
            assertThat(q.n()).isEqualTo(SAMPLES.get(w[0]).size());
        }
    }

    @Test
    void interpolatesBetweenNeighboursByDefinitionSeven() {
        // n = 6, p = 0.25: h = 1.25, so x[1] + 0.25 (x[2] - x[1]) = 2.5 + 0.25 * 1.5.
        Quantiles q = Quantiles.of(SAMPLES.get("even"));
        assertThat(q.lowerQuartile()).isEqualTo(2.875);
        assertThat(q.interquartileRange()).isEqualTo(7.5 - 2.875);
    }

    @Test
    void oneValueIsItsOwnMedianAndQuartiles() {
        Quantiles q = Quantiles.of(List.of(4.0));
        assertThat(q.lowerQuartile()).isEqualTo(4.0);
        assertThat(q.median()).isEqualTo(4.0);
        assertThat(q.upperQuartile()).isEqualTo(4.0);
        assertThat(q.interquartileRange()).isZero();
    }

    @Test
    void noValuesHaveNoMedian() {
        Quantiles q = Quantiles.of(List.of());
        assertThat(q.n()).isZero();
        assertThat(q.median()).isNull();
        assertThat(q.interquartileRange()).isNull();
    }
}
