package org.regenpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rule of the shipped rule set, at its boundaries, and how findings add up to the evaluation. */
class ScreeningEngineTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final ScreeningEngine ENGINE = new ScreeningEngine(RuleSetLoader.load());

    static final Map<HealthFact, String> RULE_OF = Map.of(
            HealthFact.ACTIVE_INFECTION, "EXC-INFECTION",
            HealthFact.ACTIVE_MALIGNANCY, "EXC-MALIGNANCY",
            HealthFact.ASA_IV_OR_HIGHER, "EXC-ASA-IV",
            HealthFact.PREGNANT_OR_BREASTFEEDING, "EXC-PREGNANCY",
            HealthFact.ASA_III, "REV-ASA-III",
            HealthFact.CANCER_HISTORY, "REV-CANCER-HISTORY",
            HealthFact.ANTICOAGULANT, "REV-ANTICOAGULATION",
            HealthFact.BLEEDING_DISORDER, "REV-BLEEDING",
            HealthFact.IMMUNOSUPPRESSION, "REV-IMMUNOSUPPRESSION",
            HealthFact.LOCAL_ANAESTHETIC_ALLERGY, "REV-ANAESTHETIC-ALLERGY");

    static final Set<HealthFact> EXCLUSIONS = Set.of(HealthFact.ACTIVE_INFECTION, HealthFact.ACTIVE_MALIGNANCY,
            HealthFact.ASA_IV_OR_HIGHER, HealthFact.PREGNANT_OR_BREASTFEEDING);

    static ScreeningSubject.Condition knee(LocalDate onset, Integer kl, TreatmentCategory... tried) {
        return new ScreeningSubject.Condition(7L, "Knee osteoarthritis", onset, true, kl, Set.of(tried));
    }

    static ScreeningSubject.Condition typical() {
        return knee(TODAY.minusYears(2), 2, TreatmentCategory.NSAID, TreatmentCategory.PHYSICAL_THERAPY);
    }

    static Map<HealthFact, Answer> allNo() {
        Map<HealthFact, Answer> answers = new EnumMap<>(HealthFact.class);
        for (HealthFact f : HealthFact.values()) {
            answers.put(f, Answer.NO);
        }
        return answers;
    }

    static Map<HealthFact, Answer> with(HealthFact fact, Answer answer) {
        Map<HealthFact, Answer> answers = allNo();
        answers.put(fact, answer);
        return answers;
    }

    static ScreeningEngine.Result evaluate(List<ScreeningSubject.Condition> conditions, Map<HealthFact, Answer> a) {
        return ENGINE.evaluate(new ScreeningSubject(TODAY, conditions, a));
    }

    static Finding finding(ScreeningEngine.Result result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void aChronicTreatedConditionWithEveryAnswerNoIsEligibleAndEveryRuleReportsAFinding() {
        ScreeningEngine.Result result = evaluate(List.of(typical()), allNo());
        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.ruleSetVersion()).isEqualTo("2026.11");
        assertThat(result.findings()).extracting(Finding::ruleId).containsAll(RULE_OF.values())
                .contains("REQ-CONDITION", "REQ-CHRONIC", "REQ-CONSERVATIVE-CARE", "REV-OA-SEVERITY");
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(f.source()).isNotBlank();
            assertThat(f.message()).doesNotContain("{");
        });
    }

    @Nested
    class FactRules {

        @ParameterizedTest
        @EnumSource(HealthFact.class)
        void yesGivesTheRulesOutcome(HealthFact fact) {
            Finding f = finding(evaluate(List.of(typical()), with(fact, Answer.YES)), RULE_OF.get(fact));
            Outcome expected = EXCLUSIONS.contains(fact) ? Outcome.NOT_ELIGIBLE : Outcome.NEEDS_REVIEW;
            assertThat(f.outcome()).isEqualTo(expected);
            assertThat(f.patientMessage()).isNotBlank();
        }

        @ParameterizedTest
        @EnumSource(HealthFact.class)
        void unknownNeedsReviewAsNotYetAnswered(HealthFact fact) {
            ScreeningEngine.Result result = evaluate(List.of(typical()), with(fact, Answer.UNKNOWN));
            Finding f = finding(result, RULE_OF.get(fact));
            assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
            assertThat(f.message()).startsWith("Not yet answered: ").contains(fact.label());
            assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        }

        @ParameterizedTest
        @EnumSource(HealthFact.class)
        void noPasses(HealthFact fact) {
            assertThat(finding(evaluate(List.of(typical()), allNo()), RULE_OF.get(fact)).outcome())
                    .isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        void aMissingAnswerCountsAsUnknown() {
            ScreeningEngine.Result result = evaluate(List.of(typical()), Map.of());
            assertThat(result.findings()).filteredOn(f -> RULE_OF.containsValue(f.ruleId()))
                    .hasSize(HealthFact.values().length)
                    .allMatch(f -> f.outcome() == Outcome.NEEDS_REVIEW);
        }

        @Test
        void activeInfectionIsNotEligible() {
            ScreeningEngine.Result result = evaluate(List.of(typical()), with(HealthFact.ACTIVE_INFECTION, Answer.YES));
            assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(result.findings().get(0).ruleId()).isEqualTo("EXC-INFECTION");
        }
    }

    @Nested
    class ChronicDuration {

        @Test
        void onsetExactlyThreeMonthsAgoIsChronic() {
            Finding f = finding(evaluate(List.of(knee(TODAY.minusMonths(3), 2, TreatmentCategory.NSAID)), allNo()),
                    "REQ-CHRONIC");
            assertThat(f.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(f.message()).contains("since 23 Nov 2026");
        }

        @Test
        void onsetThreeMonthsMinusADayAgoIsNotYetChronic() {
            ScreeningEngine.Result result = evaluate(
                    List.of(knee(TODAY.minusMonths(3).plusDays(1), 2, TreatmentCategory.NSAID)), allNo());
            Finding f = finding(result, "REQ-CHRONIC");
            assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
            assertThat(f.message()).contains("not yet chronic").contains("qualifies on 24 Nov 2026");
            assertThat(f.painConditionId()).isEqualTo(7L);
            assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        }

        @Test
        void theThresholdComesFromTheData() {
            ScreeningEngine sixMonths = new ScreeningEngine(RuleSetLoader.parse("six", RuleSetLoaderTests.ONE_RULE
                    .replace("\"kind\": \"FACT\", \"fact\": \"ACTIVE_INFECTION\"",
                            "\"kind\": \"CHRONIC_DURATION\", \"minMonths\": 6")));
            ScreeningSubject fourMonths = new ScreeningSubject(TODAY, List.of(knee(TODAY.minusMonths(4), 1)), allNo());
            ScreeningSubject sixMonthsAgo = new ScreeningSubject(TODAY, List.of(knee(TODAY.minusMonths(6), 1)), allNo());
            assertThat(sixMonths.evaluate(fourMonths).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(sixMonths.evaluate(sixMonthsAgo).outcome()).isEqualTo(Outcome.ELIGIBLE);
        }
    }

    @Nested
    class ConservativeCare {

        @Test
        void noTreatmentNeedsReview() {
            Finding f = finding(evaluate(List.of(knee(TODAY.minusYears(1), 2)), allNo()), "REQ-CONSERVATIVE-CARE");
            assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
            assertThat(f.message()).contains("NSAID, Other analgesic, Physical therapy");
        }

        @Test
        void onePhysicalTherapyEntryIsEnough() {
            Finding f = finding(evaluate(List.of(knee(TODAY.minusYears(1), 2, TreatmentCategory.PHYSICAL_THERAPY)),
                    allNo()), "REQ-CONSERVATIVE-CARE");
            assertThat(f.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(f.message()).contains("Physical therapy");
        }

        @Test
        void opioidsSurgeryAndInjectionsAreNotConservativeCare() {
            Finding f = finding(evaluate(List.of(knee(TODAY.minusYears(1), 2, TreatmentCategory.OPIOID,
                    TreatmentCategory.SURGERY, TreatmentCategory.STEROID_INJECTION)), allNo()), "REQ-CONSERVATIVE-CARE");
            assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        }
    }

    @Nested
    class OsteoarthritisSeverity {

        @Test
        void gradeThreePasses() {
            assertThat(finding(evaluate(List.of(knee(TODAY.minusYears(1), 3, TreatmentCategory.NSAID)), allNo()),
                    "REV-OA-SEVERITY").outcome()).isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        void gradeFourNeedsReview() {
            Finding f = finding(evaluate(List.of(knee(TODAY.minusYears(1), 4, TreatmentCategory.NSAID)), allNo()),
                    "REV-OA-SEVERITY");
            assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
            assertThat(f.message()).contains("grade 4");
        }

        @Test
        void anUngradedJointPassesAndAConditionOtherThanOsteoarthritisIsNotGraded() {
            assertThat(finding(evaluate(List.of(knee(TODAY.minusYears(1), null, TreatmentCategory.NSAID)), allNo()),
                    "REV-OA-SEVERITY").outcome()).isEqualTo(Outcome.ELIGIBLE);
            var back = new ScreeningSubject.Condition(8L, "Chronic low back pain", TODAY.minusYears(1), false, null,
                    Set.of(TreatmentCategory.PHYSICAL_THERAPY));
            assertThat(evaluate(List.of(back), allNo()).findings()).extracting(Finding::ruleId)
                    .doesNotContain("REV-OA-SEVERITY");
        }
    }

    @Test
    void noActiveConditionNeedsReviewAndSkipsThePerConditionRules() {
        ScreeningEngine.Result result = evaluate(List.of(), allNo());
        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(finding(result, "REQ-CONDITION").outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(result.findings()).extracting(Finding::ruleId)
                .doesNotContain("REQ-CHRONIC", "REQ-CONSERVATIVE-CARE", "REV-OA-SEVERITY");
    }

    @Test
    void theWorstFindingWinsAndIsListedFirstWhileEveryFindingStays() {
        ScreeningEngine.Result result = evaluate(List.of(knee(TODAY.minusYears(1), 4, TreatmentCategory.NSAID)),
                with(HealthFact.ACTIVE_INFECTION, Answer.YES));
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(result.findings()).extracting(Finding::outcome)
                .startsWith(Outcome.NOT_ELIGIBLE, Outcome.NEEDS_REVIEW)
                .contains(Outcome.ELIGIBLE);
        assertThat(result.findings()).extracting(Finding::ruleId).contains("EXC-INFECTION", "REV-OA-SEVERITY");
    }

    @Test
    void eachConditionGetsItsOwnFindings() {
        var back = new ScreeningSubject.Condition(8L, "Chronic low back pain", TODAY.minusMonths(1), false, null,
                Set.of());
        ScreeningEngine.Result result = evaluate(List.of(typical(), back), allNo());
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("REQ-CHRONIC"))
                .extracting(Finding::painConditionId, Finding::outcome)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(7L, Outcome.ELIGIBLE),
                        org.assertj.core.groups.Tuple.tuple(8L, Outcome.NEEDS_REVIEW));
        assertThat(finding(result, "REQ-CONSERVATIVE-CARE").condition()).isEqualTo("Chronic low back pain");
    }
}
