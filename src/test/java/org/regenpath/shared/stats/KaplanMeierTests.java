package org.regenpath.shared.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.stats.KaplanMeier.Observation;
import org.regenpath.shared.stats.KaplanMeier.Step;

/**
 * Kaplan–Meier against values computed independently by {@code src/test/resources/stats/reference.py} (Python's
 * standard library: the product-limit estimate and Greenwood's sum in exact fractions), and against the estimates
 * and Greenwood standard errors printed in the textbooks for the 6-MP arm of Freireich's leukaemia trial.
 */
class KaplanMeierTests {

    private static final Offset<Double> TEN_DECIMALS = within(1e-10);

    /** Freireich EJ et al., Blood 1963;21:699-716, 6-MP arm, weeks in remission; false = censored. */
    static final List<Observation> FREIREICH_6MP = observations(new double[] {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16,
        17, 19, 20, 22, 23, 25, 32, 32, 34, 35}, "EEECECECCEECCCEECCCCC");

    private static final Map<String, List<Observation>> DATASETS = Map.of(
            "freireich-6mp", FREIREICH_6MP,
            "ties-to-zero", observations(new double[] {1, 2, 2, 2, 3, 4, 4, 5}, "EEECCECE"),
            "all-censored", observations(new double[] {1, 2, 3}, "CCC"),
            "single-event", observations(new double[] {7}, "E"),
            "single-censored", observations(new double[] {7}, "C"));

    static List<Observation> observations(double[] times, String events) {
        List<Observation> list = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            list.add(new Observation(times[i], events.charAt(i) == 'E'));
        }
        return list;
    }

    @Test
    void matchesTheIndependentlyComputedCurvesToTenDecimals() {
        for (var dataset : DATASETS.entrySet()) {
            List<String[]> expected = ReferenceValues.lines("km").stream().filter(w -> w[0].equals(dataset.getKey()))
                    .toList();
            List<Step> steps = KaplanMeier.of(dataset.getValue()).steps();
            assertThat(steps).as(dataset.getKey()).hasSameSizeAs(expected);
            for (int i = 0; i < steps.size(); i++) {
                String[] w = expected.get(i);
                Step s = steps.get(i);
                String at = dataset.getKey() + " at " + w[1];
                assertThat(s.time()).as(at).isEqualTo(Double.parseDouble(w[1]));
                assertThat(s.atRisk()).as(at).isEqualTo(Integer.parseInt(w[2]));
                assertThat(s.events()).as(at).isEqualTo(Integer.parseInt(w[3]));
                assertThat(s.survival()).as(at).isCloseTo(Double.parseDouble(w[4]), TEN_DECIMALS);
                assertClose(s.greenwoodVariance(), ReferenceValues.number(w[5]), at);
                assertClose(s.lower(), ReferenceValues.number(w[6]), at);
                assertClose(s.upper(), ReferenceValues.number(w[7]), at);
            }
        }
    }

    @Test
    void mediansAndTheirLimitsMatchTheIndependentlyComputedOnes() {
        for (String[] w : ReferenceValues.lines("median")) {
            KaplanMeier.Median median = KaplanMeier.of(DATASETS.get(w[0])).median();
            assertThat(median.time()).as(w[0]).isEqualTo(ReferenceValues.number(w[1]));
            assertThat(median.lower()).as(w[0]).isEqualTo(ReferenceValues.number(w[2]));
            assertThat(median.upper()).as(w[0]).isEqualTo(ReferenceValues.number(w[3]));
        }
    }

    @Test
    void freireichsCurveIsTheOnePrintedInTheTextbooks() {
        // Kalbfleisch & Prentice; Collett, Modelling Survival Data: S(t) (Greenwood standard error).
        double[][] printed = {{6, 0.857, 0.0764}, {7, 0.807, 0.0869}, {10, 0.753, 0.0963}, {13, 0.690, 0.1068},
            {16, 0.627, 0.1141}, {22, 0.538, 0.1282}, {23, 0.448, 0.1346}};
        List<Step> steps = KaplanMeier.of(FREIREICH_6MP).steps();
        assertThat(steps).hasSize(printed.length);
        for (int i = 0; i < printed.length; i++) {
            assertThat(steps.get(i).time()).isEqualTo(printed[i][0]);
            assertThat(steps.get(i).survival()).isCloseTo(printed[i][1], within(0.0005));
            assertThat(Math.sqrt(steps.get(i).greenwoodVariance())).isCloseTo(printed[i][2], within(0.00005));
        }
        assertThat(KaplanMeier.of(FREIREICH_6MP).median().time()).isEqualTo(23.0);
    }

    @Test
    void aCensoringAtAnEventTimeIsStillAtRiskThere() {
        // At week 6 three relapsed and one was censored: 21 at risk, S = 18/21, not 18/20.
        Step first = KaplanMeier.of(FREIREICH_6MP).steps().get(0);
        assertThat(first.atRisk()).isEqualTo(21);
        assertThat(first.events()).isEqualTo(3);
        assertThat(first.censored()).isEqualTo(1);
        assertThat(first.survival()).isCloseTo(18.0 / 21, TEN_DECIMALS);
    }

    @Test
    void countsThoseAtRiskAtTheAskedForTimes() {
        KaplanMeier km = KaplanMeier.of(FREIREICH_6MP);
        // At 10 both the relapse and the censoring at 10 count; just after, neither does.
        assertThat(km.atRiskAt(List.of(0.0, 6.0, 10.0, 10.5, 24.0, 35.0, 36.0))).containsExactly(21, 21, 15, 13, 5, 1, 0);
        assertThat(km.survivalAt(5.9)).isEqualTo(1.0);
        assertThat(km.survivalAt(12.0)).isCloseTo(0.7529411764705882, TEN_DECIMALS);
    }

    @Test
    void allCensoredLeavesTheCurveAtOneWithNoMedian() {
        KaplanMeier km = KaplanMeier.of(DATASETS.get("all-censored"));
        assertThat(km.steps()).isEmpty();
        assertThat(km.survivalAt(100)).isEqualTo(1.0);
        assertThat(km.median().time()).isNull();
        assertThat(km.atRiskAt(2.0)).isEqualTo(2);
    }

    @Test
    void aCurveThatReachesZeroHasNoVarianceOrLimitsThere() {
        Step last = KaplanMeier.of(DATASETS.get("single-event")).steps().get(0);
        assertThat(last.survival()).isZero();
        assertThat(last.greenwoodVariance()).isNull();
        assertThat(last.lower()).isNull();
        assertThat(KaplanMeier.of(List.of()).steps()).isEmpty();
    }

    private static void assertClose(Double actual, Double expected, String at) {
        if (expected == null) {
            assertThat(actual).as(at).isNull();
        } else {
            assertThat(actual).as(at).isCloseTo(expected, TEN_DECIMALS);
        }
    }
}
