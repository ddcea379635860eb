package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regenpath.instrument.Direction;
import org.regenpath.instrument.ExactScore;
import org.regenpath.instrument.Fixtures;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.Mcid;
import org.regenpath.instrument.ResponderStatus;
import org.regenpath.instrument.Responders;
import org.regenpath.instrument.ScaleScore;
import org.regenpath.instrument.ScoringSpec;
import org.regenpath.instrument.Threshold;
import org.regenpath.shared.InvalidInput;

/** IMMPACT 30%/50% pain-intensity reductions and instrument MCIDs, at their boundaries in both directions. */
class RespondersTests {

    private static final Instrument NRS = Fixtures.CATALOG.instrument("nrs-11");
    private static final Instrument PEG = Fixtures.CATALOG.instrument("peg-3");

    @ParameterizedTest
    @CsvSource({
        "10, 7, REACHED, NOT_REACHED", // exactly 30%
        "10, 8, NOT_REACHED, NOT_REACHED", // 20%
        "10, 5, REACHED, REACHED", // exactly 50%
        "10, 6, REACHED, NOT_REACHED", // 40%
        "7, 5, NOT_REACHED, NOT_REACHED", // 28.6%
        "6, 3, REACHED, REACHED", // 50%
        "6, 4, REACHED, NOT_REACHED", // 33%
        "4, 5, NOT_REACHED, NOT_REACHED"}) // worse
    void nrsImmpactThresholds(double baseline, double followUp, Threshold thirty, Threshold fifty) {
        ResponderStatus status = assess(NRS, baseline, followUp);
        assertThat(status.thirtyPercent()).isEqualTo(thirty);
        assertThat(status.fiftyPercent()).isEqualTo(fifty);
    }

    /** Scores whose decimal digits are exact (NRS answers, ODI percentages, table values). */
    private static ResponderStatus assess(Instrument instrument, double baseline, double followUp) {
        return Responders.assess(instrument, ExactScore.of(BigDecimal.valueOf(baseline)),
                ExactScore.of(BigDecimal.valueOf(followUp)));
    }

    /**
     * Every pair of PEG sums (0-30): the score as scored (with its raw sum) and as a response row keeps it (three
     * decimals, no raw sum) decide as whole-number arithmetic on the sums does, e.g. 20 to 14 is exactly 30% and 10
     * to 5 exactly 50%, although 20/3 and 14/3 have no exact decimal or binary form.
     */
    @Test
    void everyPairOfPegSumsDecidesAsExactArithmetic() {
        for (int base = 0; base <= 30; base++) {
            for (int follow = 0; follow <= 30; follow++) {
                ScaleScore b = pegScore(base);
                ScaleScore f = pegScore(follow);
                expectExact(PEG, base, follow, 3, Responders.assess(PEG, ExactScore.of(PEG, b), ExactScore.of(PEG, f)));
                expectExact(PEG, base, follow, 3, Responders.assess(PEG, ExactScore.of(PEG, Responses.asStored(b)),
                        ExactScore.of(PEG, Responses.asStored(f))));
            }
        }
    }

    @Test
    void everyPairOfNrsAnswersDecidesAsExactArithmetic() {
        for (int base = 0; base <= 10; base++) {
            for (int follow = 0; follow <= 10; follow++) {
                ScaleScore b = Fixtures.CATALOG.score("nrs-11", Fixtures.answers("nrs-11", base)).scales().get(0);
                ScaleScore f = Fixtures.CATALOG.score("nrs-11", Fixtures.answers("nrs-11", follow)).scales().get(0);
                ResponderStatus status = Responders.assess(NRS, ExactScore.of(NRS, Responses.asStored(b)),
                        ExactScore.of(NRS, Responses.asStored(f)));
                expectExact(NRS, base, follow, 1, status);
                // Farrar 2001: an improvement of at least 2 points.
                assertThat(status.mcid()).as(base + " -> " + follow)
                        .isEqualTo(base - follow >= 2 ? Threshold.REACHED : Threshold.NOT_REACHED);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"20, 14, REACHED, NOT_REACHED, 30", "10, 5, REACHED, REACHED, 50",
            "20, 15, NOT_REACHED, NOT_REACHED, 25", "30, 21, REACHED, NOT_REACHED, 30", "6, 3, REACHED, REACHED, 50"})
    void pegThresholdsAreReachedExactlyOnTheBoundary(int base, int follow, Threshold thirty, Threshold fifty,
            String percent) {
        ResponderStatus status = Responders.assess(PEG, ExactScore.of(PEG, Responses.asStored(pegScore(base))),
                ExactScore.of(PEG, Responses.asStored(pegScore(follow))));
        assertThat(status.thirtyPercent()).isEqualTo(thirty);
        assertThat(status.fiftyPercent()).isEqualTo(fifty);
        assertThat(status.percentImprovement()).isEqualByComparingTo(percent);
    }

    private static ScaleScore pegScore(int sum) {
        return Fixtures.CATALOG.score("peg-3", Fixtures.summingTo("peg-3", sum, 10)).scales().get(0);
    }

    /**
     * The independent reference: with sums B and F over {@code items} items, a reduction of at least 30% is
     * 10 (B - F) >= 3 B and of at least 50% is 2 (B - F) >= B, in whole numbers (BigInteger).
     */
    private static void expectExact(Instrument instrument, int base, int follow, int items, ResponderStatus status) {
        String pair = instrument.id() + " " + base + " -> " + follow;
        BigInteger b = BigInteger.valueOf(base);
        BigInteger drop = b.subtract(BigInteger.valueOf(follow));
        if (base == 0) {
            assertThat(status.thirtyPercent()).as(pair).isEqualTo(Threshold.NOT_APPLICABLE);
            assertThat(status.fiftyPercent()).as(pair).isEqualTo(Threshold.NOT_APPLICABLE);
            return;
        }
        assertThat(status.thirtyPercent()).as(pair).isEqualTo(
                drop.multiply(BigInteger.TEN).compareTo(b.multiply(BigInteger.valueOf(3))) >= 0 ? Threshold.REACHED
                        : Threshold.NOT_REACHED);
        assertThat(status.fiftyPercent()).as(pair).isEqualTo(
                drop.multiply(BigInteger.TWO).compareTo(b) >= 0 ? Threshold.REACHED : Threshold.NOT_REACHED);
        assertThat(status.improvement()).as(pair).isEqualByComparingTo(
                new BigDecimal(drop).divide(BigDecimal.valueOf(items), java.math.MathContext.DECIMAL64));
    }

    @Test
    void exactBoundariesAreNotLostToFloatingPoint() {
        // 7 -> 4.9 is a 30% reduction; (7 - 4.9) / 7 in binary floating point is 0.29999999999999993
        ResponderStatus peg = assess(PEG, 7, 4.9);
        assertThat(peg.thirtyPercent()).isEqualTo(Threshold.REACHED);
        assertThat(peg.percentImprovement()).isEqualByComparingTo("30");
        assertThat(assess(PEG, 7, 4.91).thirtyPercent()).isEqualTo(Threshold.NOT_REACHED);
        assertThat(assess(PEG, 6, 3).fiftyPercent()).isEqualTo(Threshold.REACHED);
        assertThat(assess(PEG, 6, 3.0001).fiftyPercent()).isEqualTo(Threshold.NOT_REACHED);
    }

    @Test
    void baselineZeroLeavesThePercentagesUndefinedNotMissed() {
        ResponderStatus same = assess(NRS, 0, 0);
        assertThat(same.percentImprovement()).isNull();
        assertThat(same.thirtyPercent()).isEqualTo(Threshold.NOT_APPLICABLE);
        assertThat(same.fiftyPercent()).isEqualTo(Threshold.NOT_APPLICABLE);
        assertThat(same.mcid()).isEqualTo(Threshold.NOT_REACHED);
        assertThat(same.note()).contains("Baseline pain is 0");
        ResponderStatus worse = assess(NRS, 0, 3);
        assertThat(worse.improvement()).isEqualByComparingTo("-3");
        assertThat(worse.thirtyPercent()).isEqualTo(Threshold.NOT_APPLICABLE);
    }

    @ParameterizedTest
    @CsvSource({"10, 8, REACHED", "10, 8.5, NOT_REACHED", "3, 1, REACHED", "3, 2, NOT_REACHED", "5, 7, NOT_REACHED"})
    void nrsMcidOfTwoPointsFarrar2001(double baseline, double followUp, Threshold mcid) {
        ResponderStatus status = assess(NRS, baseline, followUp);
        assertThat(status.mcid()).isEqualTo(mcid);
        assertThat(status.mcidUsed().source()).contains("Farrar");
    }

    @Test
    void aThirtyPercentResponderCanMissTheMcidAndTheReverse() {
        ResponderStatus small = assess(NRS, 3, 2);
        assertThat(small.thirtyPercent()).isEqualTo(Threshold.REACHED);
        assertThat(small.mcid()).isEqualTo(Threshold.NOT_REACHED);
        ResponderStatus large = assess(NRS, 9, 7);
        assertThat(large.thirtyPercent()).isEqualTo(Threshold.NOT_REACHED);
        assertThat(large.mcid()).isEqualTo(Threshold.REACHED);
    }

    @ParameterizedTest
    @CsvSource({"odi, 40, 30, REACHED", "odi, 40, 30.5, NOT_REACHED", "odi, 30, 40, NOT_REACHED",
            "ndi, 30, 20, REACHED", "ndi, 30, 22, NOT_REACHED", "phq-9, 15, 10, REACHED", "phq-9, 15, 11, NOT_REACHED"})
    void lowerIsBetterMcids(String id, double baseline, double followUp, Threshold mcid) {
        ResponderStatus status = assess(Fixtures.CATALOG.instrument(id), baseline, followUp);
        assertThat(status.mcid()).isEqualTo(mcid);
        assertThat(status.thirtyPercent()).isEqualTo(Threshold.NOT_APPLICABLE);
        assertThat(status.improvement())
                .isEqualByComparingTo(BigDecimal.valueOf(baseline).subtract(BigDecimal.valueOf(followUp)));
    }

    @ParameterizedTest
    @CsvSource({"50, 60, REACHED", "50, 59.9, NOT_REACHED", "60, 50, NOT_REACHED", "60, 70, REACHED"})
    void higherIsBetterMcidsCountARiseAsImprovement(double baseline, double followUp, Threshold mcid) {
        Instrument koos = Fixtures.CATALOG.instrument("koos");
        Instrument withMcid = new Instrument(koos.id(), koos.url(), koos.name(), koos.title(), koos.version(),
                koos.code(), koos.copyright(), koos.licence(), koos.source(), new ScoringSpec("koos-subscales",
                        Direction.HIGHER_IS_BETTER, BigDecimal.ZERO, BigDecimal.valueOf(100),
                        new Mcid(BigDecimal.TEN, "points", "test fixture, not a published value", false), false),
                koos.items());
        ResponderStatus status = assess(withMcid, baseline, followUp);
        assertThat(status.mcid()).isEqualTo(mcid);
        assertThat(status.improvement())
                .isEqualByComparingTo(BigDecimal.valueOf(followUp).subtract(BigDecimal.valueOf(baseline)));
    }

    @Test
    void instrumentsWithoutAVerifiedMcidSaySo() {
        ResponderStatus kj = assess(Fixtures.CATALOG.instrument("koos-jr"), 50.012, 68.284);
        assertThat(kj.mcid()).isEqualTo(Threshold.NOT_APPLICABLE);
        assertThat(kj.mcidUsed()).isNull();
        assertThat(kj.improvement()).isEqualByComparingTo("18.272");
        assertThat(kj.note()).contains("no verified single MCID");
        assertThat(assess(PEG, 6, 3).mcid()).isEqualTo(Threshold.NOT_APPLICABLE);
    }

    @Test
    void refusesScoresOutsideTheInstrumentsRangeAndCategoricalInstruments() {
        assertThatThrownBy(() -> assess(NRS, 11, 3)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldErrors()).containsEntry("baseline", "The baseline score 11 is outside 0–10."));
        assertThatThrownBy(() -> assess(NRS, 5, -1)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldErrors()).containsKey("followUp"));
        assertThatThrownBy(() -> new ExactScore(BigDecimal.ONE, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assess(Fixtures.CATALOG.instrument("pgic"), 4, 2))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("instrument"));
    }
}
