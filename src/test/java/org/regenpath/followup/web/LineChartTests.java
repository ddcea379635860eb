package org.regenpath.followup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The portal's server-drawn chart keeps the whole score range and skips unanswered time points. */
class LineChartTests {

    @Test
    void scoresMapOntoTheWholeRangeAndUnansweredPointsAreNotDrawn() {
        LineChart chart = LineChart.of(List.of(new LineChart.Value("Baseline", 7.0),
                new LineChart.Value("1 month", null), new LineChart.Value("3 months", 3.0)), 0, 10, 7.0, 300, 200);
        assertThat(chart.polyline()).isEqualTo("34,58.2 288,119.8");
        assertThat(chart.baselineY()).isEqualTo(58.2);
        assertThat(chart.yTicks()).extracting(LineChart.Tick::label).containsExactly("0", "5", "10");
        assertThat(chart.yTicks()).extracting(LineChart.Tick::y).containsExactly(166.0, 89.0, 12.0);
        assertThat(chart.points()).extracting(LineChart.Point::value).containsExactly("7", null, "3");
        assertThat(chart.points()).extracting(LineChart.Point::x).containsExactly(34.0, 161.0, 288.0);
        assertThat(chart.points()).extracting(LineChart.Point::anchor).containsExactly("start", "middle", "end");
    }

    @Test
    void aSingleScoreSitsInTheMiddleAndAChartNeedsARange() {
        LineChart one = LineChart.of(List.of(new LineChart.Value("Baseline", 100.0)), 0, 100, 100.0, 300, 200);
        assertThat(one.polyline()).isEqualTo("161,12");
        assertThatThrownBy(() -> LineChart.of(List.of(), 0, 10, null, 300, 200))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LineChart.of(List.of(new LineChart.Value("a", 1.0)), 5, 5, null, 300, 200))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
