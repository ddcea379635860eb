package org.regenpath.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.regenpath.shared.InvalidInput;

/**
 * KOOS JR and HOOS JR: raw sum converted with the HSS table (values from clinical-standards.md Appendix A, each
 * compared with public scoring code; verified flags and sources in hss-interval-tables.json). Published examples: the PACIO sample responses KOOSJRExample1 (2,2,1,3,2,2,3 = raw 15 -> 50.012) and
 * HOOSJRExample1 (2,2,2,3,1,1 = raw 11 -> 55.985).
 */
class HssIntervalScoringTests {

    private static IntervalTable table(String id) {
        return Fixtures.CATALOG.intervalTable(id).orElseThrow();
    }

    @Test
    void publishedExampleKoosJrPacioResponseRaw15Is50point012AndVerified() {
        ScaleScore total = Fixtures.CATALOG.score("koos-jr", Fixtures.answers("koos-jr", 2, 2, 1, 3, 2, 2, 3)).total();
        assertThat(total.rawSum()).isEqualTo(15);
        assertThat(total.value()).isEqualTo(50.012);
        assertThat(total.provenance()).isEqualTo(Provenance.TABLE_VERIFIED);
        assertThat(total.note()).contains("PACIO");
    }

    @Test
    void publishedExampleHoosJrPacioResponseRaw11Is55point985AndVerified() {
        ScaleScore total = Fixtures.CATALOG.score("hoos-jr", Fixtures.answers("hoos-jr", 2, 2, 2, 3, 1, 1)).total();
        assertThat(total.rawSum()).isEqualTo(11);
        assertThat(total.value()).isEqualTo(55.985);
        assertThat(total.provenance()).isEqualTo(Provenance.TABLE_VERIFIED);
    }

    @ParameterizedTest
    @CsvSource({"koos-jr, 7, 68.284", "hoos-jr, 6, 70.426"})
    void theOtherIndependentlyMatchedValuesAreVerified(String id, int raw, String interval) {
        ScaleScore total = Fixtures.CATALOG.score(id, Fixtures.summingTo(id, raw, 4)).total();
        assertThat(BigDecimal.valueOf(total.value())).isEqualByComparingTo(interval);
        assertThat(total.provenance()).isEqualTo(Provenance.TABLE_VERIFIED);
    }

    @ParameterizedTest
    @CsvSource({"koos-jr, 28", "hoos-jr, 24"})
    void tablesAreCompleteStrictlyDecreasingAndRunFromOneHundredToZero(String id, int maxRaw) {
        IntervalTable t = table(id);
        assertThat(t.maxRaw()).isEqualTo(maxRaw);
        assertThat(t.entries()).extracting(IntervalTable.Entry::raw)
                .containsExactlyElementsOf(IntStream.rangeClosed(0, maxRaw).boxed().toList());
        for (int raw = 1; raw <= maxRaw; raw++) {
            assertThat(t.entry(raw).interval()).isLessThan(t.entry(raw - 1).interval());
        }
        assertThat(t.entry(0).interval()).isEqualByComparingTo("100");
        assertThat(t.entry(maxRaw).interval()).isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @CsvSource({"koos-jr, 28", "hoos-jr, 24"})
    void everyRawSumScoresToItsTableValueFlaggedAsTheReferenceMarksIt(String id, int maxRaw) {
        for (int raw = 0; raw <= maxRaw; raw++) {
            ScaleScore total = Fixtures.CATALOG.score(id, Fixtures.summingTo(id, raw, 4)).total();
            IntervalTable.Entry entry = table(id).entry(raw);
            assertThat(total.rawSum()).isEqualTo(raw);
            assertThat(BigDecimal.valueOf(total.value())).as("raw %d", raw).isEqualByComparingTo(entry.interval());
            assertThat(total.provenance()).as("raw %d", raw)
                    .isEqualTo(entry.verified() ? Provenance.TABLE_VERIFIED : Provenance.TABLE_UNVERIFIED);
            assertThat(total.note()).as("raw %d names its source", raw).contains(entry.verified()
                    ? entry.verifiedBy() : "not yet checked");
        }
        assertThat(table(id).entries()).as("every value compared with public scoring code (2026-11-23)")
                .allSatisfy(e -> assertThat(e.verifiedBy()).contains("not the HSS scoring table"));
    }

    @Test
    void unverifiedValuesSayWhatIsMissing() {
        IntervalTable shipped = table("koos-jr");
        List<IntervalTable.Entry> entries = new java.util.ArrayList<>(shipped.entries());
        entries.set(0, new IntervalTable.Entry(0, entries.get(0).interval(), false, null));
        HssIntervalRule rule = new HssIntervalRule(Map.of("koos-jr", new IntervalTable("koos-jr", "test", entries),
                "hoos-jr", table("hoos-jr")));
        Instrument koosJr = Fixtures.CATALOG.instrument("koos-jr");
        ScaleScore best = rule.score(koosJr, Answers.check(koosJr, Fixtures.all("koos-jr", 0))).total();
        assertThat(best.value()).isEqualTo(100.0);
        assertThat(best.provenance()).isEqualTo(Provenance.TABLE_UNVERIFIED);
        assertThat(best.note()).contains("not yet checked against the HSS scoring table");
    }

    @ParameterizedTest
    @ValueSource(strings = {"koos-jr", "hoos-jr"})
    void anyMissingItemMeansNoScore(String id) {
        Map<String, Integer> answers = new HashMap<>(Fixtures.all(id, 2));
        answers.remove(Fixtures.CATALOG.instrument(id).scoredQuestions().get(3).linkId());
        ScaleScore total = Fixtures.CATALOG.score(id, answers).total();
        assertThat(total.isScored()).isFalse();
        assertThat(total.provenance()).isEqualTo(Provenance.NONE);
        assertThat(total.note()).contains("complete raw sums only");
    }

    @Test
    void refusesAnAnswerAboveExtreme() {
        assertThatThrownBy(() -> Fixtures.CATALOG.score("hoos-jr", Map.of("hoosjr-5", 5)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsEntry(
                        "hoosjr-5", "Answer 5 to question hoosjr-5 is outside its scale 0–4."));
    }

    @Test
    void aTableThatIsNotMonotonicOrHasAGapIsRefused() {
        var up = List.of(new IntervalTable.Entry(0, BigDecimal.TEN, false, null),
                new IntervalTable.Entry(1, BigDecimal.TEN, false, null));
        assertThatThrownBy(() -> new IntervalTable("x", "s", up)).hasMessageContaining("not strictly decreasing");
        var gap = List.of(new IntervalTable.Entry(0, BigDecimal.TEN, false, null),
                new IntervalTable.Entry(2, BigDecimal.ONE, false, null));
        assertThatThrownBy(() -> new IntervalTable("x", "s", gap)).hasMessageContaining("expected raw 1");
    }

    @Test
    void aVerifiedFlagWithoutItsSourceIsRefused() {
        assertThatThrownBy(() -> IntervalTables.parse("t.json", Fixtures.json("t.json",
                "{\"source\": \"s\", \"tables\": {\"koos-jr\": {\"source\": \"s\", \"values\": "
                        + "[{\"raw\": 0, \"interval\": 100, \"verified\": true}]}}}")))
                .isInstanceOf(QuestionnaireFormatException.class).hasMessageContaining("without \"verifiedBy\"");
    }
}
