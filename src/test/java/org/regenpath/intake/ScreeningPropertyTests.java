package org.regenpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random patients against the shipped rule set: no combination of conditions, treatments, answers, measurements
 * and clinic policy screens ELIGIBLE while an absolute contraindication is present or not yet ruled out.
 */
class ScreeningPropertyTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final ScreeningEngine ENGINE = new ScreeningEngine(RuleSetLoader.load());
    static final String[] CONDITIONS = {"knee-oa", "hip-oa", "ddd-lumbar", "sci-pain", "ms-pain", "neck-pain"};
    static final String[] SITES = {"KNEE", "HIP", "LUMBAR_SPINE", "LOWER_LIMB", "SHOULDER"};

    /** The facts whose rule excludes: an absolute contraindication when answered YES. */
    static final Set<HealthFact> ABSOLUTE = ENGINE.rules().stream()
            .filter(r -> r.kind() == RuleKind.FACT && r.outcome() == Outcome.NOT_ELIGIBLE)
            .map(Rule::fact)
            .collect(Collectors.toUnmodifiableSet());

    static Gen<Treatment> treatments() {
        Gen<int[]> numbers = integers().between(0, TreatmentCategory.values().length - 1)
                .zip(integers().between(0, 60), integers().between(0, TreatmentResponse.values().length - 1),
                        integers().between(-1, 400), (a, b, c, d) -> new int[] {a, b, c, d});
        return numbers.zip(integers().between(-1, SITES.length - 1), (n, site) -> new Treatment(
                TreatmentCategory.values()[n[0]], null, n[1], TreatmentResponse.values()[n[2]], null,
                n[3] < 0 ? null : TODAY.minusDays(n[3]), site < 0 ? null : SITES[site]));
    }

    static Gen<ScreeningSubject.Condition> conditions() {
        Gen<int[]> numbers = integers().between(0, CONDITIONS.length - 1)
                .zip(integers().between(0, 60), integers().between(-1, 4),
                        integers().between(0, EvidenceLevel.values().length - 1), (a, b, c, d) -> new int[] {a, b, c, d});
        return numbers.zip(integers().between(0, SITES.length - 1), lists().of(treatments()).ofSizeBetween(0, 4),
                (n, site, treatments) -> new ScreeningSubject.Condition(n[0], CONDITIONS[n[0]], CONDITIONS[n[0]],
                        SITES[site], TODAY.minusMonths(n[1]), n[0] < 2, n[2] < 0 ? null : n[2],
                        EvidenceLevel.values()[n[3]], treatments));
    }

    static Gen<Map<HealthFact, Answer>> answers() {
        return lists().of(integers().between(0, 3)).ofSize(HealthFact.values().length).map(codes -> {
            Map<HealthFact, Answer> answers = new EnumMap<>(HealthFact.class);
            for (HealthFact fact : HealthFact.values()) {
                int code = codes.get(fact.ordinal());
                if (code < Answer.values().length) {
                    answers.put(fact, Answer.values()[code]);
                }
            }
            return answers;
        });
    }

    static Gen<ScreeningSubject> subjects() {
        Gen<BigDecimal> hba1c = integers().between(29, 200).map(i -> i == 29 ? null : BigDecimal.valueOf(i, 1));
        Gen<BigDecimal> bmi = integers().between(99, 700).map(i -> i == 99 ? null : BigDecimal.valueOf(i, 1));
        Gen<ClinicPolicy> policies = integers().between(0, 26).zip(integers().between(0, 26), integers().between(50, 150),
                integers().between(20, 80), (weeks, washout, h, b) -> new ClinicPolicy("random", weeks, washout,
                        BigDecimal.valueOf(h, 1), BigDecimal.valueOf(b)));
        return lists().of(conditions()).ofSizeBetween(0, 3).zip(answers(), hba1c, bmi,
                (conditions, answers, h, b) -> new Object[] {conditions, answers, h, b})
                .zip(policies, (parts, policy) -> subject(parts, policy));
    }

    @SuppressWarnings("unchecked")
    private static ScreeningSubject subject(Object[] parts, ClinicPolicy policy) {
        return new ScreeningSubject(TODAY, new ArrayList<>((List<ScreeningSubject.Condition>) parts[0]),
                (Map<HealthFact, Answer>) parts[1], (BigDecimal) parts[2], (BigDecimal) parts[3], policy);
    }

    @Test
    void theShippedRulesHaveAbsoluteContraindications() {
        assertThat(ABSOLUTE).contains(HealthFact.ACTIVE_INFECTION, HealthFact.ACTIVE_MALIGNANCY,
                HealthFact.ASA_IV_OR_HIGHER, HealthFact.PREGNANT_OR_BREASTFEEDING, HealthFact.PROSTHETIC_JOINT_AT_SITE);
    }

    @Test
    void noPatientScreensEligibleWithAnAbsoluteContraindicationPresentOrNotRuledOut() {
        qt().withExamples(2000).forAll(subjects()).checkAssert(subject -> {
            ScreeningEngine.Result result = ENGINE.evaluate(subject);
            boolean present = ABSOLUTE.stream().anyMatch(f -> subject.answer(f) == Answer.YES);
            boolean notRuledOut = ABSOLUTE.stream().anyMatch(f -> subject.answer(f) != Answer.NO);
            if (present) {
                assertThat(result.outcome()).as("an exclusion is present").isEqualTo(Outcome.NOT_ELIGIBLE);
            }
            if (notRuledOut) {
                assertThat(result.outcome()).as("an exclusion is not ruled out").isNotEqualTo(Outcome.ELIGIBLE);
            }
            assertThat(result.outcome()).isEqualTo(Outcome.worst(
                    result.findings().stream().map(Finding::outcome).toList()));
        });
    }

    @Test
    void noPatientScreensEligibleForAConditionTheRulesReserveForTrials() {
        qt().withExamples(1000).forAll(subjects()).checkAssert(subject -> {
            boolean trialOnly = subject.conditions().stream().anyMatch(c -> c.evidence() == EvidenceLevel.VERY_LOW
                    || Set.of("sci-pain", "ms-pain").contains(c.conditionId()));
            if (trialOnly) {
                assertThat(ENGINE.evaluate(subject).outcome()).isIn(Outcome.TRIAL_ONLY, Outcome.NOT_ELIGIBLE);
            }
        });
    }
}
