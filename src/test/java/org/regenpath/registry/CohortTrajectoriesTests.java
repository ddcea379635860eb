package org.regenpath.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regenpath.registry.OmeractOarsiTests.patient;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.shared.stats.Quantiles;

/**
 * CohortTrajectories on a hand-made cohort: medians and quartiles (Hyndman &amp; Fan definition 7, worked out by hand in
 * the comments), improvement in the instrument's better direction, and the time to peak improvement.
 */
class CohortTrajectoriesTests {

    private static final InstrumentCatalog CATALOG = InstrumentCatalog.load();
    private static final LocalDate TREATED = LocalDate.of(2025, 1, 1);
    private static final LocalDate COUNTED_TO = LocalDate.of(2026, 12, 1);

    /**
     * NRS-11, treated 2025-01-01 (due at 12 months) unless said: A 8 → 6, 4, 2 (6 m), 3 (12 m): peaks at 6 months.
     * B 6 → 3 (1 m), 3 (12 m): a tie, the earliest counts. C 5 → 6: never improved. D 7 and no follow-up. E treated
     * 2026-06-01, not yet due at 12 months: 9 → 2. F no baseline, 4 at 1 month.
     */
    private static final List<Cohorts.Treated> COHORT = List.of(
            patient(1, TREATED, "knee-oa", "nrs-11", "baseline", 8, "1m", 6, "3m", 4, "6m", 2, "12m", 3),
            patient(2, TREATED, "knee-oa", "nrs-11", "baseline", 6, "1m", 3, "12m", 3),
            patient(3, TREATED, "knee-oa", "nrs-11", "baseline", 5, "1m", 6),
            patient(4, TREATED, "knee-oa", "nrs-11", "baseline", 7),
            patient(5, LocalDate.of(2026, 6, 1), "knee-oa", "nrs-11", "baseline", 9, "1m", 2),
            patient(6, TREATED, "knee-oa", "nrs-11", "1m", 4),
            patient(7, TREATED, "knee-oa", "koos-jr", "baseline", 40, "3m", 60));

    private static CohortTrajectories.InstrumentTrajectory trajectory(String instrumentId) {
        return CohortTrajectories.of(CATALOG.instruments(), COHORT, COUNTED_TO, ResponderRates.Interval.WILSON).stream()
                .filter(t -> t.instrumentId().equals(instrumentId)).findFirst().orElseThrow();
    }

    @Test
    void mediansAndQuartilesOfScoresAndImprovements() {
        CohortTrajectories.InstrumentTrajectory nrs = trajectory("nrs-11");
        assertThat(nrs.higherIsBetter()).isFalse();
        // Baselines 5, 6, 7, 8, 9.
        assertThat(nrs.baseline()).isEqualTo(new Quantiles(5, 6.0, 7.0, 8.0));
        CohortTrajectories.TimePoint one = nrs.timePoints().get(0);
        assertThat(one.timePointId()).isEqualTo("1m");
        // Scores 2, 3, 4, 6, 6.
        assertThat(one.score()).isEqualTo(new Quantiles(5, 3.0, 4.0, 6.0));
        // Improvements (falls) -1, 2, 3, 7 (F has no baseline): h = 0.75, 1.5, 2.25.
        assertThat(one.improvement()).isEqualTo(new Quantiles(4, 1.25, 2.5, 4.0));
        assertThat(nrs.timePoints().get(4).score().n()).isZero();
    }

    @Test
    void improvementIsARiseWhereHigherIsBetter() {
        CohortTrajectories.InstrumentTrajectory koos = trajectory("koos-jr");
        assertThat(koos.higherIsBetter()).isTrue();
        assertThat(koos.timePoints().get(1).improvement()).isEqualTo(new Quantiles(1, 20.0, 20.0, 20.0));
    }

    @Test
    void peaksAreCountedForPatientsDueAtTwelveMonths() {
        CohortTrajectories.InstrumentTrajectory nrs = trajectory("nrs-11");
        // A, B and C (D answered no follow-up, E is not due at 12 months, F has no baseline); C never improved.
        assertThat(nrs.peakPatients()).isEqualTo(3);
        assertThat(nrs.notImproved()).isEqualTo(1);
        assertThat(nrs.peaks()).extracting(CohortTrajectories.Peak::timePointId, CohortTrajectories.Peak::patients)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1m", 1), org.assertj.core.groups.Tuple.tuple("3m", 0),
                        org.assertj.core.groups.Tuple.tuple("6m", 1), org.assertj.core.groups.Tuple.tuple("12m", 0),
                        org.assertj.core.groups.Tuple.tuple("24m", 0));
        assertThat(nrs.peakAtSixToTwelveMonths()).extracting(Rate::count, Rate::of).containsExactly(1, 2);
    }

    @Test
    void categoricalAndUnansweredInstrumentsHaveNoTrajectory() {
        List<String> ids = CohortTrajectories.of(CATALOG.instruments(), COHORT, COUNTED_TO, ResponderRates.Interval.WILSON)
                .stream().map(CohortTrajectories.InstrumentTrajectory::instrumentId).toList();
        assertThat(ids).containsExactly("nrs-11", "koos-jr");
    }
}
