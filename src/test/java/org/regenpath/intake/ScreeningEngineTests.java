package org.regenpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
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

    static final ClinicPolicy POLICY = ENGINE.defaultPolicy();
    static final BigDecimal BMI = new BigDecimal("27.0");

    static final Map<HealthFact, String> RULE_OF = Map.ofEntries(
            Map.entry(HealthFact.ACTIVE_INFECTION, "EXC-INFECTION"),
            Map.entry(HealthFact.ACTIVE_MALIGNANCY, "EXC-MALIGNANCY"),
            Map.entry(HealthFact.ASA_IV_OR_HIGHER, "EXC-ASA-IV"),
            Map.entry(HealthFact.PREGNANT_OR_BREASTFEEDING, "EXC-PREGNANCY"),
            Map.entry(HealthFact.PROSTHETIC_JOINT_AT_SITE, "EXC-PROSTHESIS"),
            Map.entry(HealthFact.ASA_III, "REV-ASA-III"),
            Map.entry(HealthFact.CANCER_HISTORY, "REV-CANCER-HISTORY"),
            Map.entry(HealthFact.ANTICOAGULANT, "REV-ANTICOAGULATION"),
            Map.entry(HealthFact.CURRENT_NSAID, "REV-NSAID"),
            Map.entry(HealthFact.BLEEDING_DISORDER, "REV-BLEEDING"),
            Map.entry(HealthFact.IMMUNOSUPPRESSION, "REV-IMMUNOSUPPRESSION"),
            Map.entry(HealthFact.LOCAL_ANAESTHETIC_ALLERGY, "REV-ANAESTHETIC-ALLERGY"),
            Map.entry(HealthFact.DIABETES, "REV-DIABETES"));

    static final Set<HealthFact> EXCLUSIONS = Set.of(HealthFact.ACTIVE_INFECTION, HealthFact.ACTIVE_MALIGNANCY,
            HealthFact.ASA_IV_OR_HIGHER, HealthFact.PREGNANT_OR_BREASTFEEDING, HealthFact.PROSTHETIC_JOINT_AT_SITE);

    /** A treatment of the category tried for 12 weeks with partial relief, without dates. */
    static Treatment tried(TreatmentCategory category) {
        return new Treatment(category, null, 12, TreatmentResponse.PARTIAL_RELIEF, null, null, null);
    }

    static ScreeningSubject.Condition knee(LocalDate onset, Integer kl, TreatmentCategory... tried) {
        return knee(onset, kl, Arrays.stream(tried).map(ScreeningEngineTests::tried).toList());
    }

    static ScreeningSubject.Condition knee(LocalDate onset, Integer kl, List<Treatment> treatments) {
        return new ScreeningSubject.Condition(7L, "knee-oa", "Knee osteoarthritis", "KNEE", onset, true, kl,
                EvidenceLevel.LOW, treatments);
    }

    static ScreeningSubject.Condition back(long id, LocalDate onset, EvidenceLevel evidence, List<Treatment> tried) {
        return new ScreeningSubject.Condition(id, "ddd-lumbar", "Chronic low back pain", "LUMBAR_SPINE", onset,
                false, null, evidence, tried);
    }

    static ScreeningSubject subject(List<ScreeningSubject.Condition> conditions, Map<HealthFact, Answer> answers) {
        return new ScreeningSubject(TODAY, conditions, answers, null, BMI, POLICY);
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
        return ENGINE.evaluate(subject(conditions, a));
    }

    static Finding finding(ScreeningEngine.Result result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void aChronicTreatedConditionWithEveryAnswerNoIsEligibleAndEveryRuleReportsAFinding() {
        ScreeningEngine.Result result = evaluate(List.of(typical()), allNo());
        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.ruleSetVersion()).isEqualTo("2026.12");
        assertThat(result.clinicPolicyVersion()).isEqualTo("default-2026.12");
        assertThat(result.findings()).extracting(Finding::ruleId).containsAll(RULE_OF.values())
                .contains("REQ-CONDITION", "REQ-CHRONIC", "REQ-CONSERVATIVE-CARE", "REV-OA-SEVERITY",
                        "TRIAL-EVIDENCE", "TRIAL-ISSCR", "REV-STEROID-AT-SITE", "REV-BMI");
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
            ScreeningSubject s = new ScreeningSubject(TODAY, List.of(typical()), with(fact, Answer.YES),
                    new BigDecimal("9.9"), BMI, POLICY);
            Finding f = finding(ENGINE.evaluate(s), RULE_OF.get(fact));
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
            assertThat(f.patientMessage()).contains(fact.label().toLowerCase(java.util.Locale.ENGLISH));
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
            ScreeningSubject fourMonths = subject(List.of(knee(TODAY.minusMonths(4), 1)), allNo());
            ScreeningSubject sixMonthsAgo = subject(List.of(knee(TODAY.minusMonths(6), 1)), allNo());
            assertThat(sixMonths.evaluate(fourMonths).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(sixMonths.evaluate(sixMonthsAgo).outcome()).isEqualTo(Outcome.ELIGIBLE);
        }
    }

    @Nested
    class ConservativeCare {

        static Treatment t(TreatmentCategory category, int weeks, TreatmentResponse response) {
            return new Treatment(category, null, weeks, response, null, null, null);
        }

        Finding care(Treatment... treatments) {
            return finding(evaluate(List.of(knee(TODAY.minusYears(1), 2, List.of(treatments))), allNo()),
                    "REQ-CONSERVATIVE-CARE");
        }

        @Test
        void noTreatmentNeedsReviewAndNamesEveryKindIncludingExerciseAndWeightManagement() {
            Finding f = care();
            assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
            assertThat(f.message()).contains("NSAID", "Physical therapy", "Therapeutic exercise", "Weight management")
                    .contains("clinic policy (default-2026.12)");
        }

        @Test
        void aTrialOfTheClinicsMinimumWeeksCounts() {
            assertThat(care(t(TreatmentCategory.PHYSICAL_THERAPY, 6, TreatmentResponse.PARTIAL_RELIEF)).outcome())
                    .isEqualTo(Outcome.ELIGIBLE);
            assertThat(care(t(TreatmentCategory.EXERCISE, 6, TreatmentResponse.NO_RELIEF)).outcome())
                    .isEqualTo(Outcome.ELIGIBLE);
            assertThat(care(t(TreatmentCategory.WEIGHT_MANAGEMENT, 8, TreatmentResponse.LOSS_OF_EFFECT)).outcome())
                    .isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        void aShorterTrialDoesNotCountAndSaysWhy() {
            Finding f = care(t(TreatmentCategory.NSAID, 0, TreatmentResponse.NO_RELIEF),
                    t(TreatmentCategory.PHYSICAL_THERAPY, 5, TreatmentResponse.PARTIAL_RELIEF));
            assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
            assertThat(f.message()).contains("NSAID for 0 weeks only", "Physical therapy for 5 weeks only",
                    "at least 6 weeks");
        }

        @Test
        void goodReliefIsStillTheTreatmentSoItDoesNotCount() {
            Finding f = care(t(TreatmentCategory.NSAID, 26, TreatmentResponse.GOOD_RELIEF));
            assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
            assertThat(f.message()).contains("NSAID gives good relief");
        }

        @Test
        void aTreatmentStoppedBecauseItWasNotToleratedCountsWhateverItsWeeks() {
            assertThat(care(t(TreatmentCategory.NSAID, 1, TreatmentResponse.NOT_TOLERATED)).outcome())
                    .isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        void opioidsSurgeryAndInjectionsAreNotConservativeCare() {
            Finding f = finding(evaluate(List.of(knee(TODAY.minusYears(1), 2, TreatmentCategory.OPIOID,
                    TreatmentCategory.SURGERY, TreatmentCategory.NERVE_BLOCK)), allNo()), "REQ-CONSERVATIVE-CARE");
            assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        }

        @Test
        void theMinimumWeeksAreTheClinicsPolicy() {
            ClinicPolicy strict = new ClinicPolicy("strict-1", 12, 12, POLICY.maxHba1cPercent(), POLICY.maxBmi());
            ScreeningSubject eightWeeks = new ScreeningSubject(TODAY, List.of(knee(TODAY.minusYears(1), 2,
                    List.of(t(TreatmentCategory.EXERCISE, 8, TreatmentResponse.NO_RELIEF)))), allNo(), null, BMI,
                    strict);
            ScreeningEngine.Result result = ENGINE.evaluate(eightWeeks);
            assertThat(result.clinicPolicyVersion()).isEqualTo("strict-1");
            assertThat(finding(result, "REQ-CONSERVATIVE-CARE").message()).contains("at least 12 weeks", "strict-1");
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
            var back = back(8L, TODAY.minusYears(1), EvidenceLevel.LOW,
                    List.of(tried(TreatmentCategory.PHYSICAL_THERAPY)));
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
                .doesNotContain("REQ-CHRONIC", "REQ-CONSERVATIVE-CARE", "REV-OA-SEVERITY", "TRIAL-EVIDENCE");
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
        var back = back(8L, TODAY.minusMonths(1), EvidenceLevel.LOW, List.of());
        ScreeningEngine.Result result = evaluate(List.of(typical(), back), allNo());
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("REQ-CHRONIC"))
                .extracting(Finding::painConditionId, Finding::outcome)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(7L, Outcome.ELIGIBLE),
                        org.assertj.core.groups.Tuple.tuple(8L, Outcome.NEEDS_REVIEW));
        assertThat(finding(result, "REQ-CONSERVATIVE-CARE").condition()).isEqualTo("Chronic low back pain");
    }

    @Nested
    class TrialOnly {

        @Test
        void aConditionWithVeryLowEvidenceScreensTrialOnlyWithTheReason() {
            var back = back(8L, TODAY.minusYears(1), EvidenceLevel.VERY_LOW,
                    List.of(tried(TreatmentCategory.PHYSICAL_THERAPY)));
            ScreeningEngine.Result result = evaluate(List.of(back), allNo());
            assertThat(result.outcome()).isEqualTo(Outcome.TRIAL_ONLY);
            Finding f = finding(result, "TRIAL-EVIDENCE");
            assertThat(f.message()).contains("very low", "clinical trial");
            assertThat(f.source()).contains("ISSCR Guidelines for Stem Cell Research and Clinical Translation");
        }

        @ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {"sci-pain", "ms-pain", "central-post-stroke-pain",
            "brain-injury-pain"})
        void neurologicalConditionsTheIsscrPointsToTrialsScreenTrialOnlyWhateverTheirEvidence(String id) {
            var c = new ScreeningSubject.Condition(9L, id, "Neurological pain", "LOWER_LIMB", TODAY.minusYears(2),
                    false, null, EvidenceLevel.LOW, List.of(tried(TreatmentCategory.OTHER_ANALGESIC)));
            ScreeningEngine.Result result = evaluate(List.of(c), allNo());
            assertThat(result.outcome()).isEqualTo(Outcome.TRIAL_ONLY);
            assertThat(finding(result, "TRIAL-ISSCR").outcome()).isEqualTo(Outcome.TRIAL_ONLY);
        }

        @Test
        void trialOnlyOutranksReviewButAnExclusionOutranksTrialOnly() {
            var back = back(8L, TODAY.minusYears(1), EvidenceLevel.VERY_LOW, List.of());
            assertThat(evaluate(List.of(back), with(HealthFact.ASA_III, Answer.YES)).outcome())
                    .isEqualTo(Outcome.TRIAL_ONLY);
            assertThat(evaluate(List.of(back), with(HealthFact.ACTIVE_INFECTION, Answer.YES)).outcome())
                    .isEqualTo(Outcome.NOT_ELIGIBLE);
        }
    }

    @Nested
    class SteroidAtTheSite {

        static Treatment steroid(LocalDate on, String site) {
            return new Treatment(TreatmentCategory.STEROID_INJECTION, null, 1, TreatmentResponse.PARTIAL_RELIEF,
                    null, on, site);
        }

        Finding steroidFinding(Treatment injection) {
            return finding(evaluate(List.of(knee(TODAY.minusYears(1), 2, List.of(tried(TreatmentCategory.NSAID),
                    injection))), allNo()), "REV-STEROID-AT-SITE");
        }

        @Test
        void anInjectionAtTheSiteWithinTheClinicsWashoutNeedsReviewUntilItEnds() {
            Finding f = steroidFinding(steroid(TODAY.minusWeeks(12).plusDays(1), "KNEE"));
            assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
            assertThat(f.message()).contains("12 weeks", "until 24 Nov 2026", "clinic policy");
        }

        @Test
        void anInjectionAtTheSiteBeforeTheWashoutPasses() {
            assertThat(steroidFinding(steroid(TODAY.minusWeeks(12), "KNEE")).outcome()).isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        void anInjectionAtAnotherSiteDoesNotCount() {
            assertThat(steroidFinding(steroid(TODAY.minusWeeks(1), "SHOULDER")).outcome())
                    .isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        void anInjectionWithoutADateCannotBeCleared() {
            Finding f = steroidFinding(steroid(null, null));
            assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
            assertThat(f.message()).contains("has no date");
        }
    }

    @Nested
    class SiteDependentAnticoagulation {

        @Test
        void aSpinalTargetIsHighRiskAndAPeripheralJointIsLowRisk() {
            Map<HealthFact, Answer> anticoagulated = with(HealthFact.ANTICOAGULANT, Answer.YES);
            Finding spine = finding(evaluate(List.of(back(8L, TODAY.minusYears(1), EvidenceLevel.LOW,
                    List.of(tried(TreatmentCategory.EXERCISE)))), anticoagulated), "REV-ANTICOAGULATION");
            Finding joint = finding(evaluate(List.of(typical()), anticoagulated), "REV-ANTICOAGULATION");
            assertThat(spine.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
            assertThat(spine.message()).contains("high risk");
            assertThat(joint.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
            assertThat(joint.message()).contains("low-risk site");
        }
    }

    @Nested
    class Measurements {

        ScreeningEngine.Result with(Answer diabetes, String hba1c, String bmi) {
            Map<HealthFact, Answer> answers = allNo();
            answers.put(HealthFact.DIABETES, diabetes);
            return ENGINE.evaluate(new ScreeningSubject(TODAY, List.of(typical()), answers,
                    hba1c == null ? null : new BigDecimal(hba1c), bmi == null ? null : new BigDecimal(bmi), POLICY));
        }

        @Test
        void diabetesWithHba1cAboveTheClinicsLimitNeedsReviewAndAtTheLimitPasses() {
            assertThat(finding(with(Answer.YES, "8.6", "27"), "REV-DIABETES").outcome())
                    .isEqualTo(Outcome.NEEDS_REVIEW);
            assertThat(finding(with(Answer.YES, "8.5", "27"), "REV-DIABETES").outcome()).isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        void diabetesWithoutAnHba1cNeedsReviewAndNoDiabetesNeedsNone() {
            assertThat(finding(with(Answer.YES, null, "27"), "REV-DIABETES").message()).contains("record a recent");
            assertThat(finding(with(Answer.NO, null, "27"), "REV-DIABETES").outcome()).isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        void aBmiAtTheClinicsLimitOrUnrecordedNeedsReview() {
            assertThat(finding(with(Answer.NO, null, "40.0"), "REV-BMI").outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
            assertThat(finding(with(Answer.NO, null, "39.9"), "REV-BMI").outcome()).isEqualTo(Outcome.ELIGIBLE);
            Finding missing = finding(with(Answer.NO, null, null), "REV-BMI");
            assertThat(missing.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
            assertThat(missing.message()).contains("record height and weight");
        }
    }
}
