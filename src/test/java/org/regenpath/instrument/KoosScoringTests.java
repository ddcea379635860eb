package org.regenpath.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regenpath.shared.InvalidInput;

/**
 * KOOS subscales: 100 - mean/4 x 100 and the 2012 missing-item rule (KOOS Scoring instructions, August 2012).
 * Values are hand-computed from the formula; no published worked example was found.
 */
class KoosScoringTests {

    private static Score score(Map<String, Integer> answers) {
        return Fixtures.CATALOG.score("koos", answers);
    }

    @Test
    void allNoneScoresOneHundredAndAllExtremeScoresZeroOnEverySubscale() {
        assertThat(score(Fixtures.all("koos", 0)).scales()).extracting(ScaleScore::value)
                .containsExactly(100.0, 100.0, 100.0, 100.0, 100.0);
        assertThat(score(Fixtures.all("koos", 4)).scales()).extracting(ScaleScore::value)
                .containsExactly(0.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(score(Fixtures.all("koos", 0)).scales()).extracting(ScaleScore::scale)
                .containsExactly("symptoms", "pain", "adl", "sport-rec", "qol");
    }

    @Test
    void handComputedPainSubscale() {
        // Pain items 1,2,1,0,1,2,1,0,1: sum 9, mean 1.0; 100 - 1.0/4*100 = 75.0
        ScaleScore pain = score(Fixtures.inGroup("koos", "pain", 1, 2, 1, 0, 1, 2, 1, 0, 1)).scale("pain");
        assertThat(pain.value()).isEqualTo(75.0);
        assertThat(pain.rawSum()).isEqualTo(9);
        assertThat(pain.note()).isNull();
    }

    @Test
    void handComputedSymptomsSubscaleWithAFractionalMean() {
        // Symptoms 2,2,1,1,2,2,1: sum 11 over 7 items; 100 - 11/28*100 = 60.714...
        ScaleScore symptoms = score(Fixtures.inGroup("koos", "symptoms", 2, 2, 1, 1, 2, 2, 1)).scale("symptoms");
        assertThat(symptoms.value()).isCloseTo(100 - 1100.0 / 28, within(1e-9));
    }

    static Stream<Arguments> minimumAnswered() {
        return Stream.of(Arguments.of("pain", 9, 5), Arguments.of("symptoms", 7, 4), Arguments.of("adl", 17, 9),
                Arguments.of("sport-rec", 5, 3), Arguments.of("qol", 4, 2));
    }

    @ParameterizedTest
    @MethodSource("minimumAnswered")
    void aSubscaleIsScoredWithHalfItsItemsAnsweredAndNotWithOneFewer(String subscale, int items, int minimum) {
        assertThat(KoosRule.minimumAnswered(items)).isEqualTo(minimum);
        Integer[] enough = Stream.generate(() -> 2).limit(minimum).toArray(Integer[]::new);
        ScaleScore scored = score(Fixtures.inGroup("koos", subscale, enough)).scale(subscale);
        assertThat(scored.value()).isEqualTo(50.0);
        assertThat(scored.answered()).isEqualTo(minimum);
        assertThat(scored.note()).contains("Mean of the " + minimum + " answered items");

        Integer[] tooFew = Stream.generate(() -> 2).limit(minimum - 1).toArray(Integer[]::new);
        ScaleScore notScored = score(Fixtures.inGroup("koos", subscale, tooFew)).scale(subscale);
        assertThat(notScored.status()).isEqualTo(ScoreStatus.NOT_SCORED);
        assertThat(notScored.note()).isEqualTo("KOOS 2012 rule: at least " + minimum + " of " + items
                + " items must be answered, " + (minimum - 1) + " were.");
    }

    @Test
    void theMeanUsesOnlyTheAnsweredItems() {
        // Pain: five items answered 4,4,4,0,0 -> mean 2.4 -> 100 - 60 = 40
        assertThat(score(Fixtures.inGroup("koos", "pain", 4, 4, 4, 0, 0)).scale("pain").value())
                .isCloseTo(40.0, within(1e-9));
    }

    @Test
    void aSubscaleThatCannotBeScoredLeavesTheOthersScored() {
        Map<String, Integer> answers = new HashMap<>(Fixtures.all("koos", 1));
        Fixtures.CATALOG.instrument("koos").questionsIn("sport-rec").forEach(q -> answers.remove(q.linkId()));
        Score koos = score(answers);
        assertThat(koos.scale("sport-rec").isScored()).isFalse();
        assertThat(koos.scales()).filteredOn(ScaleScore::isScored).extracting(ScaleScore::value)
                .containsExactly(75.0, 75.0, 75.0, 75.0);
    }

    @Test
    void refusesAnOrdinalAboveFourNamingTheItem() {
        assertThatThrownBy(() -> score(Map.of("A7", 5))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldErrors())
                        .containsEntry("A7", "Answer 5 to question A7 is outside its scale 0–4."));
    }
}
