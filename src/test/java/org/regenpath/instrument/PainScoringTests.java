package org.regenpath.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regenpath.shared.InvalidInput;

/** NRS-11 (raw answer) and PEG (mean of three, Krebs 2009); hand-computed from the formulas. */
class PainScoringTests {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 9, 10})
    void nrsScoreIsTheAnswerItself(int rating) {
        ScaleScore total = Fixtures.CATALOG.score("nrs-11", Map.of("nrs", rating)).total();
        assertThat(total.value()).isEqualTo(rating);
        assertThat(total.provenance()).isEqualTo(Provenance.FORMULA);
    }

    @Test
    void nrsUnansweredIsNotScored() {
        ScaleScore total = Fixtures.CATALOG.score("nrs-11", Map.of()).total();
        assertThat(total.isScored()).isFalse();
        assertThat(total.valueIfScored()).isEmpty();
        assertThat(total.note()).isEqualTo("The pain rating was not answered.");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11, 100})
    void nrsRefusesAnswersOutsideZeroToTenNamingTheItem(int rating) {
        assertThatThrownBy(() -> Fixtures.CATALOG.score("nrs-11", Map.of("nrs", rating)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsEntry("nrs",
                        "Answer " + rating + " to question nrs is outside its scale 0–10."));
    }

    @Test
    void pegHandComputedMeanOfThreeItems() {
        assertThat(Fixtures.CATALOG.score("peg-3", Fixtures.answers("peg-3", 7, 6, 5)).total().value())
                .isEqualTo(6.0);
        assertThat(Fixtures.CATALOG.score("peg-3", Fixtures.answers("peg-3", 1, 1, 0)).total().value())
                .isCloseTo(2.0 / 3.0, within(1e-12));
    }

    @Test
    void pegAllMinimumAndAllMaximum() {
        assertThat(Fixtures.CATALOG.score("peg-3", Fixtures.all("peg-3", 0)).total().value()).isZero();
        ScaleScore max = Fixtures.CATALOG.score("peg-3", Fixtures.all("peg-3", 10)).total();
        assertThat(max.value()).isEqualTo(10.0);
        assertThat(max.rawSum()).isEqualTo(30);
    }

    @Test
    void pegNeedsAllThreeItemsBecauseKrebsPublishesNoMissingItemRule() {
        ScaleScore two = Fixtures.CATALOG.score("peg-3", Fixtures.answers("peg-3", 7, 6)).total();
        assertThat(two.status()).isEqualTo(ScoreStatus.NOT_SCORED);
        assertThat(two.answered()).isEqualTo(2);
        assertThat(two.note()).contains("all 3 items");
        Map<String, Integer> withNull = new java.util.HashMap<>(Fixtures.answers("peg-3", 7, 6));
        withNull.put("peg-3", null);
        assertThat(Fixtures.CATALOG.score("peg-3", withNull).total().isScored()).isFalse();
    }

    @Test
    void pegRefusesAnOutOfRangeItemAndAnUnknownQuestion() {
        assertThatThrownBy(() -> Fixtures.CATALOG.score("peg-3", Fixtures.answers("peg-3", 7, 11, 5)))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("peg-2"));
        assertThatThrownBy(() -> Fixtures.CATALOG.score("peg-3", Map.of("peg-4", 1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("peg-4", "\"peg-4\" is not a question of PEG: pain intensity and "
                                + "interference (PEG-3)."));
    }

    @Test
    void everyOffendingAnswerIsReportedAtOnce() {
        assertThatThrownBy(() -> Fixtures.CATALOG.score("peg-3", Fixtures.answers("peg-3", -1, 11, 12)))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("peg-1", "peg-2", "peg-3"));
    }

    @Test
    void answersGivenAsCodesMapToTheirOrdinals() {
        Instrument nrs = Fixtures.CATALOG.instrument("nrs-11");
        assertThat(nrs.ordinalOf("nrs", "7")).isEqualTo(7);
        assertThatThrownBy(() -> nrs.ordinalOf("nrs", "eleven")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldErrors()).containsKey("nrs"));
    }
}
