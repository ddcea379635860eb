package org.regenpath.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regenpath.instrument.ExactScore;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.instrument.Threshold;
import org.regenpath.registry.OmeractOarsi.Domain;
import org.regenpath.shared.PatientId;

/**
 * The OMERACT-OARSI criteria at their exact cut-offs (on KOOS JR, whose 0–100 score is flipped so that higher is
 * worse, and on NRS-11 times 10), and their three denominators on a hand-made cohort worked out in the comments.
 */
class OmeractOarsiTests {

    private static final InstrumentCatalog CATALOG = InstrumentCatalog.load();
    private static final Instrument NRS = CATALOG.instrument("nrs-11");
    private static final Instrument KOOS_JR = CATALOG.instrument("koos-jr");

    private static Domain koos(String baseline, String followUp) {
        return new Domain(KOOS_JR, score(baseline), score(followUp));
    }

    private static Domain nrs(String baseline, String followUp) {
        return new Domain(NRS, score(baseline), score(followUp));
    }

    private static ExactScore score(Object value) {
        return ExactScore.of(new BigDecimal(value.toString()));
    }

    @ParameterizedTest(name = "KOOS JR {0} -> {1}: 20 % and 10 points {2}")
    @CsvSource({
        // Worse 100 at baseline: the percentage decides (the points are well above 10).
        "0, 19.9, false", "0, 20, true", "0, 20.1, true",
        // Worse 40 at baseline: the points decide (the percentage is above 20).
        "60, 69.9, false", "60, 70, true", "60, 70.1, true",
        // Worse 50: exactly 20 % and exactly 10 points; one hundredth short of both.
        "50, 60, true", "50, 59.99, false",
        // Worse 0: no disability to improve.
        "100, 100, false"})
    void lowImprovementNeedsTwentyPercentAndTenPoints(String baseline, String followUp, boolean improved) {
        assertThat(OmeractOarsi.improved(koos(baseline, followUp), OmeractOarsi.LOW_PERCENT, OmeractOarsi.LOW_POINTS))
                .isEqualTo(improved);
    }

    @ParameterizedTest(name = "KOOS JR {0} -> {1}: 50 % and 20 points {2}")
    @CsvSource({
        "0, 49.9, false", "0, 50, true", "0, 50.1, true",
        // Worse 30: 19.9 points is 66 % but under 20 points.
        "70, 89.9, false", "70, 90, true", "70, 90.1, true"})
    void highImprovementNeedsFiftyPercentAndTwentyPoints(String baseline, String followUp, boolean improved) {
        assertThat(OmeractOarsi.improved(koos(baseline, followUp), OmeractOarsi.HIGH_PERCENT,
                OmeractOarsi.HIGH_POINTS)).isEqualTo(improved);
    }

    @Test
    void painIsNrsTimesTenAndLowerIsBetter() {
        // 2 -> 1 is 50 % but only 10 points of 100: not a high improvement, but a low one.
        assertThat(OmeractOarsi.improved(nrs("2", "1"), OmeractOarsi.HIGH_PERCENT, OmeractOarsi.HIGH_POINTS))
                .isFalse();
        assertThat(OmeractOarsi.improved(nrs("2", "1"), OmeractOarsi.LOW_PERCENT, OmeractOarsi.LOW_POINTS)).isTrue();
        // 4 -> 2 is 50 % and 20 points; 6 -> 8 is worse.
        assertThat(OmeractOarsi.improved(nrs("4", "2"), OmeractOarsi.HIGH_PERCENT, OmeractOarsi.HIGH_POINTS))
                .isTrue();
        assertThat(OmeractOarsi.improved(nrs("6", "8"), OmeractOarsi.LOW_PERCENT, OmeractOarsi.LOW_POINTS)).isFalse();
    }

    @Test
    void aResponderHasAHighImprovementInOneDomainOrALowOneInBoth() {
        // High in pain alone, function worse.
        assertThat(OmeractOarsi.assess(nrs("8", "4"), koos("50", "40"))).isEqualTo(Threshold.REACHED);
        // High in function alone, pain unchanged.
        assertThat(OmeractOarsi.assess(nrs("8", "8"), koos("40", "80"))).isEqualTo(Threshold.REACHED);
        // Low in both: pain 80 -> 60 (25 %, 20 points), function worse 60 -> 48 (20 %, 12 points).
        assertThat(OmeractOarsi.assess(nrs("8", "6"), koos("40", "52"))).isEqualTo(Threshold.REACHED);
        // Low in pain only: with no patient global collected, one low domain is not enough.
        assertThat(OmeractOarsi.assess(nrs("8", "6"), koos("40", "45"))).isEqualTo(Threshold.NOT_REACHED);
        assertThat(OmeractOarsi.DOMAINS_EVALUATED).isEqualTo(2);
    }

    /**
     * Treated 2025-01-01, counted to 2026-12-01 (due at 1, 3, 6 and 12 months). P1 knee: NRS 8, KOOS JR 40 → 1 m
     * 6, 52 (low in both: responds) → 3 m 7, 45 (does not). P2 hip: NRS 6, HOOS JR 50 → 1 m 5, 80 (high in
     * function: responds). P3 knee: 7, 30 → 1 m NRS 7 only. P4 lumbar disc: not osteoarthritis. P5 knee: no KOOS JR
     * baseline, 1 m both answered.
     */
    @Test
    void theThreeDenominatorsOnAHandMadeCohort() {
        LocalDate treated = LocalDate.of(2025, 1, 1);
        List<Cohorts.Treated> cohort = List.of(
                patient(1, treated, "knee-oa", "nrs-11", "baseline", 8, "1m", 6, "3m", 7,
                        "koos-jr", "baseline", 40, "1m", 52, "3m", 45),
                patient(2, treated, "hip-oa", "nrs-11", "baseline", 6, "1m", 5, "hoos-jr", "baseline", 50, "1m", 80),
                patient(3, treated, "knee-oa", "nrs-11", "baseline", 7, "1m", 7, "koos-jr", "baseline", 30),
                patient(4, treated, "ddd-lumbar", "nrs-11", "baseline", 7, "1m", 2),
                patient(5, treated, "knee-oa", "nrs-11", "baseline", 7, "1m", 2, "koos-jr", "1m", 90));
        OmeractOarsi.Figures figures = OmeractOarsi.rates(NRS, CATALOG::instrument, cohort, LocalDate.of(2026, 12, 1),
                ResponderRates.Interval.WILSON);
        assertThat(figures.domainsEvaluated()).isEqualTo(2);
        assertThat(figures.timePoints()).hasSize(5);
        OmeractOarsi.TimePoint one = figures.timePoints().get(0);
        assertThat(one.due()).isEqualTo(5);
        assertThat(one.notApplicable()).isEqualTo(1);
        assertThat(one.missing()).extracting(Rate::count, Rate::of).containsExactly(1, 4);
        assertThat(one.completers()).extracting(Rate::count, Rate::of).containsExactly(2, 2);
        assertThat(one.missingAsNonResponder()).extracting(Rate::count, Rate::of).containsExactly(2, 4);
        // P1 and P2 respond; P3 carries its baseline (no change); P5 has no baseline to carry.
        assertThat(one.lastObservationCarriedForward()).extracting(Rate::count, Rate::of).containsExactly(2, 3);
        OmeractOarsi.TimePoint three = figures.timePoints().get(1);
        assertThat(three.missing()).extracting(Rate::count, Rate::of).containsExactly(3, 4);
        assertThat(three.completers()).extracting(Rate::count, Rate::of).containsExactly(0, 1);
        assertThat(three.missingAsNonResponder()).extracting(Rate::count, Rate::of).containsExactly(0, 4);
        // P1 no longer responds, P2 carries its response forward, P3 its baseline.
        assertThat(three.lastObservationCarriedForward()).extracting(Rate::count, Rate::of).containsExactly(1, 3);
        assertThat(figures.timePoints().get(4).due()).isZero();
    }

    /** Instrument ids followed by time point and score pairs. */
    static Cohorts.Treated patient(long id, LocalDate treatedOn, String conditionId, Object... values) {
        Map<String, Map<String, ExactScore>> scores = new HashMap<>();
        String instrument = null;
        for (int i = 0; i < values.length; i++) {
            String v = values[i].toString();
            if (CATALOG.instruments().stream().anyMatch(x -> x.id().equals(v))) {
                instrument = v;
                continue;
            }
            scores.computeIfAbsent(instrument, k -> new HashMap<>()).put(v, score(values[++i]));
        }
        return new Cohorts.Treated(PatientId.of(id), treatedOn, conditionId, scores);
    }
}
