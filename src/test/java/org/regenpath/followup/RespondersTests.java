package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        ResponderStatus status = Responders.assess(NRS, baseline, followUp);
        assertThat(status.thirtyPercent()).isEqualTo(thirty);
        assertThat(status.fiftyPercent()).isEqualTo(fifty);
    }

    @Test
    void exactBoundariesAreNotLostToFloatingPoint() {
        // 7 -> 4.9 is a 30% reduction; (7 - 4.9) / 7 in binary floating point is 0.29999999999999993
        ResponderStatus peg = Responders.assess(PEG, 7, 4.9);
        assertThat(peg.thirtyPercent()).isEqualTo(Threshold.REACHED);
        assertThat(peg.percentImprovement()).isEqualByComparingTo("30");
        assertThat(Responders.assess(PEG, 7, 4.91).thirtyPercent()).isEqualTo(Threshold.NOT_REACHED);
        assertThat(Responders.assess(PEG, 6, 3).fiftyPercent()).isEqualTo(Threshold.REACHED);
        assertThat(Responders.assess(PEG, 6, 3.0001).fiftyPercent()).isEqualTo(Threshold.NOT_REACHED);
    }

    @Test
    void baselineZeroLeavesThePercentagesUndefinedNotMissed() {
        ResponderStatus same = Responders.assess(NRS, 0, 0);
        assertThat(same.percentImprovement()).isNull();
        assertThat(same.thirtyPercent()).isEqualTo(Threshold.NOT_APPLICABLE);
        assertThat(same.fiftyPercent()).isEqualTo(Threshold.NOT_APPLICABLE);
        assertThat(same.mcid()).isEqualTo(Threshold.NOT_REACHED);
        assertThat(same.note()).contains("Baseline pain is 0");
        ResponderStatus worse = Responders.assess(NRS, 0, 3);
        assertThat(worse.improvement()).isEqualByComparingTo("-3");
        assertThat(worse.thirtyPercent()).isEqualTo(Threshold.NOT_APPLICABLE);
    }

    @ParameterizedTest
    @CsvSource({"10, 8, REACHED", "10, 8.5, NOT_REACHED", "3, 1, REACHED", "3, 2, NOT_REACHED", "5, 7, NOT_REACHED"})
    void nrsMcidOfTwoPointsFarrar2001(double baseline, double followUp, Threshold mcid) {
        ResponderStatus status = Responders.assess(NRS, baseline, followUp);
        assertThat(status.mcid()).isEqualTo(mcid);
        assertThat(status.mcidUsed().source()).contains("Farrar");
    }

    @Test
    void aThirtyPercentResponderCanMissTheMcidAndTheReverse() {
        ResponderStatus small = Responders.assess(NRS, 3, 2);
        assertThat(small.thirtyPercent()).isEqualTo(Threshold.REACHED);
        assertThat(small.mcid()).isEqualTo(Threshold.NOT_REACHED);
        ResponderStatus large = Responders.assess(NRS, 9, 7);
        assertThat(large.thirtyPercent()).isEqualTo(Threshold.NOT_REACHED);
        assertThat(large.mcid()).isEqualTo(Threshold.REACHED);
    }

    @ParameterizedTest
    @CsvSource({"odi, 40, 30, REACHED", "odi, 40, 30.5, NOT_REACHED", "odi, 30, 40, NOT_REACHED",
            "ndi, 30, 20, REACHED", "ndi, 30, 22, NOT_REACHED", "phq-9, 15, 10, REACHED", "phq-9, 15, 11, NOT_REACHED"})
    void lowerIsBetterMcids(String id, double baseline, double followUp, Threshold mcid) {
        ResponderStatus status = Responders.assess(Fixtures.CATALOG.instrument(id), baseline, followUp);
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
        ResponderStatus status = Responders.assess(withMcid, baseline, followUp);
        assertThat(status.mcid()).isEqualTo(mcid);
        assertThat(status.improvement())
                .isEqualByComparingTo(BigDecimal.valueOf(followUp).subtract(BigDecimal.valueOf(baseline)));
    }

    @Test
    void instrumentsWithoutAVerifiedMcidSaySo() {
        ResponderStatus kj = Responders.assess(Fixtures.CATALOG.instrument("koos-jr"), 50.012, 68.284);
        assertThat(kj.mcid()).isEqualTo(Threshold.NOT_APPLICABLE);
        assertThat(kj.mcidUsed()).isNull();
        assertThat(kj.improvement()).isEqualByComparingTo("18.272");
        assertThat(kj.note()).contains("no verified single MCID");
        assertThat(Responders.assess(PEG, 6, 3).mcid()).isEqualTo(Threshold.NOT_APPLICABLE);
    }

    @Test
    void refusesScoresOutsideTheInstrumentsRangeAndCategoricalInstruments() {
        assertThatThrownBy(() -> Responders.assess(NRS, 11, 3)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldErrors()).containsEntry("baseline", "The baseline score 11.0 is outside 0–10."));
        assertThatThrownBy(() -> Responders.assess(NRS, 5, -1)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldErrors()).containsKey("followUp"));
        assertThatThrownBy(() -> Responders.assess(NRS, Double.NaN, 1)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Responders.assess(Fixtures.CATALOG.instrument("pgic"), 4, 2))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("instrument"));
    }
}
