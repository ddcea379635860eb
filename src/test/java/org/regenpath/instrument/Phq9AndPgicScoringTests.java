package org.regenpath.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regenpath.shared.InvalidInput;

/** PHQ-9 sum and Kroenke 2001 bands; PGIC categories and the Farrar 2001 responder definition. Hand-computed. */
class Phq9AndPgicScoringTests {

    @Test
    void phq9AllNotAtAllIsZeroAndAllNearlyEveryDayIsTwentySeven() {
        ScaleScore min = Fixtures.CATALOG.score("phq-9", Fixtures.all("phq-9", 0)).total();
        assertThat(min.value()).isZero();
        assertThat(min.band()).isEqualTo("none-minimal");
        ScaleScore max = Fixtures.CATALOG.score("phq-9", Fixtures.all("phq-9", 3)).total();
        assertThat(max.value()).isEqualTo(27.0);
        assertThat(max.band()).isEqualTo("severe");
    }

    @ParameterizedTest
    @CsvSource({"4, none-minimal", "5, mild", "9, mild", "10, moderate", "14, moderate",
            "15, moderately severe", "19, moderately severe", "20, severe"})
    void phq9KroenkeBandsChangeAtFiveTenFifteenAndTwenty(int total, String band) {
        Map<String, Integer> answers = new HashMap<>();
        int left = total;
        for (int i = 1; i <= 9; i++) {
            int v = Math.min(3, left);
            answers.put("phq9-" + (10 - i), v);
            left -= v;
        }
        ScaleScore score = Fixtures.CATALOG.score("phq-9", answers).total();
        assertThat(score.value()).isEqualTo(total);
        assertThat(score.band()).isEqualTo(band);
    }

    @Test
    void phq9WithAnyItemMissingIsNotScored() {
        Map<String, Integer> answers = new HashMap<>(Fixtures.all("phq-9", 1));
        answers.remove("phq9-4");
        ScaleScore total = Fixtures.CATALOG.score("phq-9", answers).total();
        assertThat(total.isScored()).isFalse();
        assertThat(total.answered()).isEqualTo(8);
        assertThat(Fixtures.CATALOG.score("phq-9", Fixtures.all("phq-9", 1)).total().value()).isEqualTo(9.0);
    }

    @Test
    void phq9DifficultyQuestionIsAskedButNeitherScoredNorRequired() {
        Map<String, Integer> answers = new HashMap<>(Fixtures.all("phq-9", 1));
        answers.put("phq9-difficulty", 3);
        assertThat(Fixtures.CATALOG.score("phq-9", answers).total().value()).isEqualTo(9.0);
    }

    @Test
    void phq9ItemNineAboveZeroIsFlaggedEvenWithoutATotal() {
        assertThat(Fixtures.CATALOG.score("phq-9", Fixtures.all("phq-9", 0)).has(ScoreFlag.PHQ9_ITEM9_POSITIVE))
                .isFalse();
        Score onlyItemNine = Fixtures.CATALOG.score("phq-9", Map.of("phq9-9", 1));
        assertThat(onlyItemNine.total().isScored()).isFalse();
        assertThat(onlyItemNine.has(ScoreFlag.PHQ9_ITEM9_POSITIVE)).isTrue();
    }

    @Test
    void phq9RefusesFour() {
        assertThatThrownBy(() -> Fixtures.CATALOG.score("phq-9", Map.of("phq9-2", 4)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsEntry("phq9-2",
                        "Answer 4 to question phq9-2 is outside its scale 0–3."));
    }

    @ParameterizedTest
    @CsvSource({"1, very-much-improved, true", "2, much-improved, true", "3, minimally-improved, false",
            "4, no-change, false", "5, minimally-worse, false", "6, much-worse, false", "7, very-much-worse, false"})
    void pgicRespondersAreMuchOrVeryMuchImproved(int ordinal, String category, boolean responder) {
        Score score = Fixtures.CATALOG.score("pgic", Map.of("pgic", ordinal));
        assertThat(score.total().band()).isEqualTo(category);
        assertThat(score.total().provenance()).isEqualTo(Provenance.CATEGORY);
        assertThat(score.has(ScoreFlag.PGIC_RESPONDER)).isEqualTo(responder);
        assertThat(Fixtures.CATALOG.instrument("pgic").ordinalOf("pgic", category)).isEqualTo(ordinal);
    }

    @Test
    void pgicRefusesZeroAndEightAndScoresNothingWhenUnanswered() {
        assertThatThrownBy(() -> Fixtures.CATALOG.score("pgic", Map.of("pgic", 0))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Fixtures.CATALOG.score("pgic", Map.of("pgic", 8)))
                .hasMessage("pgic: Answer 8 to question pgic is outside its scale 1–7.");
        Score none = Fixtures.CATALOG.score("pgic", Map.of());
        assertThat(none.total().isScored()).isFalse();
        assertThat(none.flags()).isEmpty();
    }
}
