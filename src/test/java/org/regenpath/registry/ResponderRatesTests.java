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
import org.regenpath.registry.ResponderRates.Interval;
import org.regenpath.registry.ResponderRates.Measure;
import org.regenpath.registry.ResponderRates.MeasureRates;
import org.regenpath.registry.ResponderRates.Patient;
import org.regenpath.registry.ResponderRates.TimePointRates;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.stats.ClopperPearsonInterval;
import org.regenpath.shared.stats.WilsonInterval;

/**
 * The three denominators on a hand-made cohort (every figure below worked out by hand in the comments), and the
 * responder rules at their exact thresholds.
 */
class ResponderRatesTests {

    private static final InstrumentCatalog CATALOG = InstrumentCatalog.load();
    private static final Instrument NRS = CATALOG.instrument("nrs-11");
    private static final LocalDate TREATED = LocalDate.of(2025, 1, 1);
    private static final LocalDate COUNTED_TO = LocalDate.of(2026, 12, 1);

    /**
     * Treated 2025-01-01 (due at 1, 3, 6 and 12 months; 24 months falls after the day counted to): A 8 → 6, 4, –, 2;
     * B 10 → 7, –, 3, –; C 6 and nothing after; D no baseline, 5, 5; E 0 → 0. Treated 2026-10-15, due at 1 month
     * only: F 5 → 2.
     */
    private static final List<Patient> COHORT = List.of(
            patient(1, TREATED, "baseline", 8, "1m", 6, "3m", 4, "12m", 2),
            patient(2, TREATED, "baseline", 10, "1m", 7, "6m", 3),
            patient(3, TREATED, "baseline", 6),
            patient(4, TREATED, "1m", 5, "3m", 5),
            patient(5, TREATED, "baseline", 0, "1m", 0),
            patient(6, LocalDate.of(2026, 10, 15), "baseline", 5, "1m", 2));

    private static Patient patient(long id, LocalDate treatedOn, Object... pairs) {
        Map<String, ExactScore> scores = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            scores.put((String) pairs[i], ExactScore.of(new BigDecimal(pairs[i + 1].toString())));
        }
        return new Patient(PatientId.of(id), treatedOn, scores, scores);
    }

    private static TimePointRates at(String timePoint) {
        return ResponderRates.of(NRS, NRS, COHORT, COUNTED_TO).stream()
                .filter(t -> t.timePointId().equals(timePoint)).findFirst().orElseThrow();
    }

    private static void assertCounts(MeasureRates m, int completers, int of, int treated, int treatedOf, int locf,
            int locfOf) {
        assertThat(m.completers()).extracting(Rate::count, Rate::of).containsExactly(completers, of);
        assertThat(m.missingAsNonResponder()).extracting(Rate::count, Rate::of).containsExactly(treated, treatedOf);
        assertThat(m.lastObservationCarriedForward()).extracting(Rate::count, Rate::of).containsExactly(locf, locfOf);
    }

    @Test
    void atOneMonthTheThreeDenominatorsDiffer() {
        TimePointRates oneMonth = at("1m");
        assertThat(oneMonth.due()).isEqualTo(6);
        // C gave no answer at 1 month.
        assertThat(oneMonth.missing()).extracting(Rate::count, Rate::of).containsExactly(1, 6);
        // E's baseline of 0 leaves no pain to reduce. Completers A (25 %), B (30 %), F (60 %); D has no baseline;
        // everyone treated adds C and D as non-responders; LOCF carries C's baseline (no change) and drops D.
        MeasureRates thirty = oneMonth.measure(Measure.PAIN_30_PERCENT);
        assertThat(thirty.notApplicable()).isEqualTo(1);
        assertCounts(thirty, 2, 3, 2, 5, 2, 4);
        assertCounts(oneMonth.measure(Measure.PAIN_50_PERCENT), 1, 3, 1, 5, 1, 4);
        // The MCID (2 points on the NRS) applies to E too: A (2), B (3), F (3) reach it, E (0) does not.
        MeasureRates mcid = oneMonth.measure(Measure.PRIMARY_MCID);
        assertThat(mcid.notApplicable()).isZero();
        assertCounts(mcid, 3, 4, 3, 6, 3, 5);
    }

    @Test
    void laterTimePointsCarryTheLastAnswerForward() {
        // 3 months (F not due): A 50 %; B carries 1 month's 30 %; C carries its baseline.
        TimePointRates three = at("3m");
        assertThat(three.due()).isEqualTo(5);
        assertThat(three.missing()).extracting(Rate::count, Rate::of).containsExactly(3, 5);
        assertCounts(three.measure(Measure.PAIN_30_PERCENT), 1, 1, 1, 4, 2, 3);
        assertCounts(three.measure(Measure.PAIN_50_PERCENT), 1, 1, 1, 4, 1, 3);
        // 6 months: only B answered (70 %); A carries 3 months' 50 %.
        TimePointRates six = at("6m");
        assertThat(six.missing()).extracting(Rate::count, Rate::of).containsExactly(4, 5);
        assertCounts(six.measure(Measure.PAIN_30_PERCENT), 1, 1, 1, 4, 2, 3);
        // 12 months: A answered (75 %); B carries 6 months.
        assertCounts(at("12m").measure(Measure.PAIN_50_PERCENT), 1, 1, 1, 4, 2, 3);
    }

    @Test
    void aTimePointNoOneIsDueAtHasNoRates() {
        TimePointRates late = at("24m");
        assertThat(late.due()).isZero();
        assertThat(late.missing().estimate()).isNull();
        assertThat(late.measure(Measure.PAIN_30_PERCENT).completers().of()).isZero();
        assertThat(late.measure(Measure.PAIN_30_PERCENT).completers().lower()).isNull();
    }

    @Test
    void everyRateCarriesItsWilsonIntervalOrTheExactOneOnRequest() {
        Rate wilson = at("1m").measure(Measure.PAIN_30_PERCENT).missingAsNonResponder();
        assertThat(wilson.interval()).isEqualTo(Interval.WILSON);
        assertThat(wilson.lower()).isEqualTo(WilsonInterval.of(2, 5).lower());
        assertThat(wilson.upper()).isEqualTo(WilsonInterval.of(2, 5).upper());
        Rate exact = ResponderRates.of(NRS, NRS, COHORT, COUNTED_TO, Interval.CLOPPER_PEARSON).get(0)
                .measure(Measure.PAIN_30_PERCENT).missingAsNonResponder();
        assertThat(exact.interval()).isEqualTo(Interval.CLOPPER_PEARSON);
        assertThat(exact.lower()).isEqualTo(ClopperPearsonInterval.of(2, 5).lower());
        assertThat(exact.estimate()).isEqualTo(0.4);
    }

    @ParameterizedTest(name = "10 to {0}: 30 % {1}, 50 % {2}")
    @CsvSource({"7.01, false, false", "7, true, false", "6.99, true, false",
        "5.01, true, false", "5, true, true", "4.99, true, true"})
    void theImmpactThresholdsHoldExactly(String followUp, boolean thirty, boolean fifty) {
        // 7.01 is a 29.9 % reduction, 7 exactly 30 %, 6.99 30.1 %; 5.01, 5 and 4.99 the same about 50 %.
        Patient one = patient(1, TREATED, "baseline", 10, "1m", followUp);
        TimePointRates oneMonth = ResponderRates.of(NRS, NRS, List.of(one), COUNTED_TO).get(0);
        assertThat(oneMonth.measure(Measure.PAIN_30_PERCENT).completers().count()).isEqualTo(thirty ? 1 : 0);
        assertThat(oneMonth.measure(Measure.PAIN_50_PERCENT).completers().count()).isEqualTo(fifty ? 1 : 0);
    }

    @Test
    void theMcidComesFromTheCatalogAndHoldsExactly() {
        BigDecimal mcid = NRS.scoring().mcid().value();
        BigDecimal hundredth = new BigDecimal("0.01");
        for (var c : Map.of(mcid.subtract(hundredth), 0, mcid, 1, mcid.add(hundredth), 1).entrySet()) {
            Patient one = patient(1, TREATED, "baseline", 10, "1m", BigDecimal.TEN.subtract(c.getKey()));
            Rate rate = ResponderRates.of(NRS, NRS, List.of(one), COUNTED_TO).get(0).measure(Measure.PRIMARY_MCID)
                    .completers();
            assertThat(rate.count()).as("improved by %s", c.getKey()).isEqualTo(c.getValue());
        }
    }

    @Test
    void aPrimaryInstrumentWithoutAnMcidLeavesEveryoneOutOfThatMeasure() {
        Instrument koosJr = CATALOG.instrument("koos-jr");
        assertThat(koosJr.scoring().mcid()).isNull();
        MeasureRates mcid = ResponderRates.of(NRS, koosJr, COHORT, COUNTED_TO).get(0).measure(Measure.PRIMARY_MCID);
        assertThat(mcid.notApplicable()).isEqualTo(6);
        assertThat(mcid.missingAsNonResponder().of()).isZero();
    }
}
