package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regenpath.safety.ReportingClockRule.Kind.HCTP_ADVERSE_REACTION;
import static org.regenpath.safety.ReportingClockRule.Kind.IND_FATAL_OR_LIFE_THREATENING;
import static org.regenpath.safety.ReportingClockRule.Kind.IND_SAFETY_REPORT;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regenpath.planning.RegulatoryPathway;
import org.regenpath.safety.ReportingClockFacts.Regime;
import org.regenpath.safety.ReportingClockRule.Kind;

/** Which clocks start for which facts: every combination, against a table written in the regulations' terms. */
class ReportingClockRulesTests {

    static final ReportingClockRules RULES = ReportingClockRules.standard();
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Instant KNOWN = Instant.parse("2026-12-08T15:00:00Z");

    /**
     * The expected clocks, first matching row wins. Columns: regime | seriousness criteria (one of them; "none" =
     * not serious) | expectedness | relatedness | communicable disease | intervention needed -> clocks. "*" matches
     * anything. Written from 21 CFR 312.32(c)(1)(i) and (c)(2) and 1271.350(a)(2), not from the code.
     */
    static final List<String> TABLE = List.of(
            "IND | DEATH LIFE_THREATENING | unexpected | POSSIBLE PROBABLE DEFINITE | * | *"
                    + " -> IND_FATAL_OR_LIFE_THREATENING IND_SAFETY_REPORT",
            "IND | HOSPITALISATION DISABILITY CONGENITAL_ANOMALY IMPORTANT_MEDICAL_EVENT | unexpected"
                    + " | POSSIBLE PROBABLE DEFINITE | * | * -> IND_SAFETY_REPORT",
            "HCTP_361 | DEATH LIFE_THREATENING HOSPITALISATION DISABILITY | * | POSSIBLE PROBABLE DEFINITE"
                    + " | communicable | * -> HCTP_ADVERSE_REACTION",
            "HCTP_361 | * | * | POSSIBLE PROBABLE DEFINITE | communicable | intervention -> HCTP_ADVERSE_REACTION",
            "* | * | * | * | * | * ->");

    @Test
    void everyCombinationStartsExactlyTheClocksTheTableSays() {
        Map<Integer, Integer> rowsUsed = new HashMap<>();
        List<String> seriousness = new ArrayList<>(List.of("none"));
        Arrays.stream(SeriousnessCriterion.values()).forEach(c -> seriousness.add(c.name()));
        int combinations = 0;
        for (Regime regime : Regime.values()) {
            for (String criterion : seriousness) {
                for (boolean expected : new boolean[] {false, true}) {
                    for (Relatedness related : Relatedness.values()) {
                        for (boolean communicable : new boolean[] {false, true}) {
                            for (boolean intervention : new boolean[] {false, true}) {
                                String[] cells = {regime.name(), criterion, expected ? "expected" : "unexpected",
                                        related.name(), communicable ? "communicable" : "not-communicable",
                                        intervention ? "intervention" : "no-intervention"};
                                int row = firstMatch(cells);
                                rowsUsed.merge(row, 1, Integer::sum);
                                Set<SeriousnessCriterion> criteria = criterion.equals("none") ? Set.of()
                                        : Set.of(SeriousnessCriterion.valueOf(criterion));
                                ReportingClockFacts facts = new ReportingClockFacts(!criteria.isEmpty(), criteria,
                                        expected, related, regime, communicable, intervention, KNOWN, NEW_YORK);
                                assertThat(ReportingClockRules.kindsFor(facts)).as(String.join(" | ", cells))
                                        .isEqualTo(clocks(TABLE.get(row)));
                                combinations++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(combinations).isEqualTo(3 * 7 * 2 * 5 * 2 * 2);
        assertThat(rowsUsed.keySet()).as("every row of the table is reached").hasSize(TABLE.size());
    }

    @Test
    void aFatalUnexpectedSuspectedReactionUnderAnIndStartsTheSevenAndTheFifteenDayClock() {
        List<ReportingClock> clocks = RULES.clocksFor(facts(Set.of(SeriousnessCriterion.DEATH,
                SeriousnessCriterion.HOSPITALISATION), false, Relatedness.PROBABLE, Regime.IND, false, false));
        assertThat(clocks).extracting(c -> c.rule().kind())
                .containsExactly(IND_FATAL_OR_LIFE_THREATENING, IND_SAFETY_REPORT);
        assertThat(clocks).extracting(c -> c.rule().days()).containsExactly(7, 15);
        assertThat(clocks.get(0).rule().citation()).isEqualTo("21 CFR 312.32(c)(2)");
        assertThat(clocks.get(1).rule().citation()).isEqualTo("21 CFR 312.32(c)(1)(i)");
    }

    @Test
    void anExpectedCommunicableInfectionOfA361ProductIsStillReportableAndExpectednessDoesNotMatter() {
        List<ReportingClock> clocks = RULES.clocksFor(facts(Set.of(SeriousnessCriterion.HOSPITALISATION), true,
                Relatedness.POSSIBLE, Regime.HCTP_361, true, false));
        assertThat(clocks).singleElement().satisfies(c -> {
            assertThat(c.rule().kind()).isEqualTo(HCTP_ADVERSE_REACTION);
            assertThat(c.rule().days()).isEqualTo(15);
            assertThat(c.rule().citation()).isEqualTo("21 CFR 1271.350(a)");
            assertThat(c.rule().asks()).contains("Form FDA 3500A");
            assertThat(c.rule().url()).startsWith("https://www.ecfr.gov/");
        });
    }

    @Test
    void aNonSeriousInfectionThatNeededAntibioticsIsReportableForA361ProductButNotUnderAnInd() {
        assertThat(RULES.clocksFor(facts(Set.of(), false, Relatedness.DEFINITE, Regime.HCTP_361, true, true)))
                .extracting(c -> c.rule().kind()).containsExactly(HCTP_ADVERSE_REACTION);
        assertThat(RULES.clocksFor(facts(Set.of(), false, Relatedness.DEFINITE, Regime.IND, true, true))).isEmpty();
    }

    @Test
    void unlikelyRelatednessIsNoReasonablePossibilityAndStartsNothing() {
        assertThat(RULES.clocksFor(facts(Set.of(SeriousnessCriterion.DEATH), false, Relatedness.UNLIKELY,
                Regime.IND, true, true))).isEmpty();
        assertThat(RULES.clocksFor(facts(Set.of(SeriousnessCriterion.DEATH), false, Relatedness.UNLIKELY,
                Regime.HCTP_361, true, true))).isEmpty();
    }

    @Test
    void factsThatContradictEachOtherAreRefused() {
        assertThatThrownBy(() -> facts(true, Set.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs at least one seriousness criterion");
        assertThatThrownBy(() -> facts(false, Set.of(SeriousnessCriterion.DISABILITY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is serious");
    }

    @Test
    void eachPathwayMapsToTheRegimeItsRegulationNames() {
        assertThat(RULES.regimeOf(RegulatoryPathway.BIOLOGIC_351).regime()).isEqualTo(Regime.IND);
        assertThat(RULES.regimeOf(RegulatoryPathway.HCTP_361).regime()).isEqualTo(Regime.HCTP_361);
        assertThat(RULES.regimeOf(RegulatoryPathway.SAME_SURGICAL_PROCEDURE_EXCEPTION).regime())
                .isEqualTo(Regime.VOLUNTARY);
        assertThat(RULES.regimeOf(RegulatoryPathway.NOT_AN_HCTP).regime()).isEqualTo(Regime.VOLUNTARY);
        assertThat(RULES.regimeOf(RegulatoryPathway.SAME_SURGICAL_PROCEDURE_EXCEPTION).citation())
                .isEqualTo("21 CFR 1271.15(b)");
        assertThat(RULES.regimeOf(RegulatoryPathway.SAME_SURGICAL_PROCEDURE_EXCEPTION).reason())
                .contains("Form FDA 3500");
        // The reference does not mark the 1271.3(d)(4) reading as checked.
        assertThat(RULES.regimeOf(RegulatoryPathway.NOT_AN_HCTP).verified()).isFalse();
    }

    @Test
    void aRuleFileWithoutOneOfTheDutiesIsRefusedWithWhatIsMissing() {
        String json = """
                {"version": "x", "sources": [{"id": "S", "document": "d", "url": "https://example.org"}],
                 "clocks": [{"kind": "IND_SAFETY_REPORT", "regime": "IND", "days": 15, "source": "S",
                   "citation": "c", "asks": "a", "words": "w", "verified": true}],
                 "pathways": []}
                """;
        assertThatThrownBy(() -> ReportingClockRules.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json"))
                .hasMessageContaining("test.json").hasMessageContaining("no clock for")
                .hasMessageContaining("HCTP_ADVERSE_REACTION");
    }

    @Test
    void aRuleFileThatPutsADutyUnderTheWrongRegimeOrMisspellsAFieldIsRefused() {
        String wrongRegime = """
                {"version": "x", "sources": [{"id": "S", "document": "d", "url": "https://example.org"}],
                 "clocks": [{"kind": "HCTP_ADVERSE_REACTION", "regime": "IND", "days": 15, "source": "S",
                   "citation": "c", "asks": "a", "words": "w", "verified": true}], "pathways": []}
                """;
        assertThatThrownBy(() -> ReportingClockRules.read(
                new ByteArrayInputStream(wrongRegime.getBytes(StandardCharsets.UTF_8)), "test.json"))
                .hasMessageContaining("belongs to the regime HCTP_361");
        String misspelt = "{\"version\": \"x\", \"dayz\": 3}";
        assertThatThrownBy(() -> ReportingClockRules.read(
                new ByteArrayInputStream(misspelt.getBytes(StandardCharsets.UTF_8)), "test.json"))
                .hasMessageContaining("test.json").hasMessageContaining("dayz");
    }

    static ReportingClockFacts facts(Set<SeriousnessCriterion> criteria, boolean expected, Relatedness related,
            Regime regime, boolean communicable, boolean intervention) {
        return new ReportingClockFacts(!criteria.isEmpty(), criteria, expected, related, regime, communicable,
                intervention, KNOWN, NEW_YORK);
    }

    private static ReportingClockFacts facts(boolean serious, Set<SeriousnessCriterion> criteria) {
        return new ReportingClockFacts(serious, criteria, false, Relatedness.DEFINITE, Regime.IND, false, false,
                KNOWN, NEW_YORK);
    }

    private static int firstMatch(String[] cells) {
        for (int row = 0; row < TABLE.size(); row++) {
            String[] columns = TABLE.get(row).split("->")[0].split("\\|");
            boolean all = true;
            for (int i = 0; i < cells.length && all; i++) {
                String column = columns[i].trim();
                all = column.equals("*") || Arrays.asList(column.split(" ")).contains(cells[i]);
            }
            if (all) {
                return row;
            }
        }
        throw new AssertionError("no row matches " + String.join(" | ", cells));
    }

    private static Set<Kind> clocks(String row) {
        String names = row.split("->", -1)[1].trim();
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        if (!names.isEmpty()) {
            Arrays.stream(names.split(" ")).map(Kind::valueOf).forEach(kinds::add);
        }
        return kinds;
    }
}
