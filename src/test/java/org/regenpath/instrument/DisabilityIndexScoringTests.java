package org.regenpath.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.regenpath.shared.InvalidInput;

/**
 * ODI v2.1a (Fairbank & Pynsent 2000) and NDI (Vernon & Mior 1991). Published worked example, printed in the ODI
 * scoring instructions and repeated on the NDI form: 16 points over ten sections = 32%; one section missed,
 * 16/45 x 100 = 35.5% (35.56 exactly; the form truncates).
 */
class DisabilityIndexScoringTests {

    private static Map<String, Integer> sixteenOverTen(String id) {
        return Fixtures.answers(id, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1);
    }

    private static Map<String, Integer> sixteenOverNine(String id) {
        Map<String, Integer> answers = new HashMap<>(Fixtures.answers(id, 2, 2, 2, 2, 2, 2, 2, 1, 1));
        return answers;
    }

    @ParameterizedTest
    @ValueSource(strings = {"odi", "ndi"})
    void publishedExampleSixteenPointsOverTenSectionsIsThirtyTwoPercent(String id) {
        ScaleScore total = Fixtures.CATALOG.score(id, sixteenOverTen(id)).total();
        assertThat(total.rawSum()).isEqualTo(16);
        assertThat(total.value()).isCloseTo(32.0, within(1e-9));
        assertThat(total.note()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"odi", "ndi"})
    void publishedExampleOneSectionMissedIsSixteenOverFortyFive(String id) {
        ScaleScore total = Fixtures.CATALOG.score(id, sixteenOverNine(id)).total();
        assertThat(total.value()).isCloseTo(16.0 / 45 * 100, within(1e-9)).isCloseTo(35.5, within(0.1));
        assertThat(total.answered()).isEqualTo(9);
        assertThat(total.note()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"odi", "ndi"})
    void twoMissingSectionsAreNotScoredAndAllMinimumAndMaximumAreZeroAndOneHundred(String id) {
        assertThat(Fixtures.CATALOG.score(id, Fixtures.answers(id, 2, 2, 2, 2, 2, 2, 2, 1)).total().isScored())
                .isFalse();
        assertThat(Fixtures.CATALOG.score(id, Fixtures.all(id, 0)).total().value()).isZero();
        assertThat(Fixtures.CATALOG.score(id, Fixtures.all(id, 5)).total().value()).isEqualTo(100.0);
    }

    @ParameterizedTest
    @CsvSource({"10, minimal disability", "11, moderate disability", "20, moderate disability",
            "21, severe disability", "30, severe disability", "31, crippled", "40, crippled", "41, bed-bound"})
    void odiFairbankBandsAtTwentyFortySixtyAndEightyPercent(int sum, String band) {
        ScaleScore total = Fixtures.CATALOG.score("odi", Fixtures.summingTo("odi", sum, 5)).total();
        assertThat(total.value()).isEqualTo(sum * 2.0);
        assertThat(total.band()).isEqualTo(band);
    }

    @ParameterizedTest
    @CsvSource({"4, no disability", "5, mild", "14, mild", "15, moderate", "24, moderate", "25, severe",
            "34, severe", "35, complete", "50, complete"})
    void ndiVernonBandsOnTheRawScore(int raw, String band) {
        ScaleScore total = Fixtures.CATALOG.score("ndi", Fixtures.summingTo("ndi", raw, 5)).total();
        assertThat(total.value()).isEqualTo(raw * 2.0);
        assertThat(total.band()).isEqualTo(band);
    }

    @Test
    void ndiOneMissingItemGetsTheMeanOfTheOthers() {
        // 16 over nine items: raw 16 + 16/9 = 17.78 (moderate), 35.56%
        ScaleScore total = Fixtures.CATALOG.score("ndi", sixteenOverNine("ndi")).total();
        assertThat(total.value()).isCloseTo((16 + 16.0 / 9) * 2, within(1e-9));
        assertThat(total.band()).isEqualTo("moderate");
        assertThat(total.note()).contains("mean of the other nine");
    }

    @ParameterizedTest
    @ValueSource(strings = {"odi", "ndi"})
    void refusesSixNamingTheSection(String id) {
        assertThatThrownBy(() -> Fixtures.CATALOG.score(id, Map.of(id + "-3", 6)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsEntry(id + "-3", "Answer 6 to question " + id + "-3 is outside its scale 0–5."));
    }
}
