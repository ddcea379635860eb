package org.regenpath.intake;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates a rule set against a patient. Pure: no Spring, no database, no clock of its own. Every rule is one of
 * the generic {@link RuleKind}s parameterised by the rule set's data and the clinic's policy; every rule yields a
 * finding (ELIGIBLE when it passes), and the evaluation is the worst finding.
 */
final class ScreeningEngine {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final RuleSet ruleSet;

    ScreeningEngine(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /** The evaluation: worst outcome over all findings, and the findings worst first (rule order within). */
    record Result(String ruleSetVersion, String clinicPolicyVersion, Outcome outcome, List<Finding> findings) {}

    String version() {
        return ruleSet.version();
    }

    ClinicPolicy defaultPolicy() {
        return ruleSet.defaultPolicy();
    }

    List<Rule> rules() {
        return ruleSet.rules();
    }

    Result evaluate(ScreeningSubject subject) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : ruleSet.rules()) {
            findings.addAll(apply(rule, subject));
        }
        findings.sort(Comparator.comparing((Finding f) -> f.outcome().ordinal()).reversed());
        Outcome outcome = Outcome.worst(findings.stream().map(Finding::outcome).toList());
        return new Result(ruleSet.version(), subject.policy().version(), outcome, List.copyOf(findings));
    }

    private List<Finding> apply(Rule rule, ScreeningSubject s) {
        ConditionRules perCondition = new ConditionRules(rule, s);
        return switch (rule.kind()) {
            case FACT -> List.of(fact(rule, s));
            case NO_CONDITION -> List.of(s.conditions().isEmpty()
                    ? finding(rule, rule.outcome(), rule.message(), rule.patientMessage(), null, Map.of())
                    : finding(rule, Outcome.ELIGIBLE, rule.passMessage(), null, null, Map.of()));
            case DIABETES_CONTROL -> List.of(diabetes(rule, s));
            case BMI -> List.of(bmi(rule, s));
            case OA_SEVERITY -> s.conditions().stream()
                    .filter(ScreeningSubject.Condition::osteoarthritis)
                    .map(perCondition::severity)
                    .toList();
            default -> s.conditions().stream().map(perCondition::apply).toList();
        };
    }

    private static Finding fact(Rule rule, ScreeningSubject s) {
        Map<String, String> values = Map.of("fact", rule.fact().label());
        return switch (s.answer(rule.fact())) {
            case YES -> {
                boolean highRisk = rule.highRiskMessage() != null && s.conditions().stream()
                        .anyMatch(c -> rule.highRiskSites().contains(c.bodySite()));
                yield finding(rule, rule.outcome(), highRisk ? rule.highRiskMessage() : rule.message(),
                        rule.patientMessage(), null, values);
            }
            case UNKNOWN -> unknown(rule, rule.fact(), values);
            case NO -> finding(rule, Outcome.ELIGIBLE, rule.passMessage(), null, null, values);
        };
    }

    private static Finding diabetes(Rule rule, ScreeningSubject s) {
        Map<String, String> values = new HashMap<>(Map.of("fact", rule.fact().label(),
                "maxHba1c", s.policy().maxHba1cPercent().toPlainString(), "policy", s.policy().version()));
        return switch (s.answer(rule.fact())) {
            case NO -> finding(rule, Outcome.ELIGIBLE, "No {fact}.", null, null,
                    Map.of("fact", rule.fact().label().toLowerCase(Locale.ENGLISH)));
            case UNKNOWN -> finding(rule, Outcome.NEEDS_REVIEW, "Not yet answered: {fact}.",
                    "We still need your answer about: " + rule.fact().label().toLowerCase(Locale.ENGLISH) + ".", null,
                    values);
            case YES -> {
                if (s.hba1cPercent() == null) {
                    values.put("hba1c", "not recorded");
                    yield finding(rule, Outcome.NEEDS_REVIEW, rule.unknownMessage(),
                            "We need a recent HbA1c blood test result.", null, values);
                }
                values.put("hba1c", s.hba1cPercent().toPlainString());
                yield s.hba1cPercent().compareTo(s.policy().maxHba1cPercent()) > 0
                        ? finding(rule, rule.outcome(), rule.message(), rule.patientMessage(), null, values)
                        : finding(rule, Outcome.ELIGIBLE, rule.passMessage(), null, null, values);
            }
        };
    }

    private static Finding bmi(Rule rule, ScreeningSubject s) {
        Map<String, String> values = new HashMap<>(Map.of(
                "maxBmi", s.policy().maxBmi().toPlainString(), "policy", s.policy().version()));
        if (s.bmi() == null) {
            values.put("bmi", "not recorded");
            return finding(rule, Outcome.NEEDS_REVIEW, rule.unknownMessage(), "We need your height and weight.",
                    null, values);
        }
        values.put("bmi", s.bmi().toPlainString());
        return s.bmi().compareTo(s.policy().maxBmi()) >= 0
                ? finding(rule, rule.outcome(), rule.message(), rule.patientMessage(), null, values)
                : finding(rule, Outcome.ELIGIBLE, rule.passMessage(), null, null, values);
    }

    private static Finding unknown(Rule rule, HealthFact fact, Map<String, String> values) {
        return finding(rule, Outcome.NEEDS_REVIEW, rule.unknownMessage(),
                "We still need your answer about: " + fact.label().toLowerCase(Locale.ENGLISH) + ".", null, values);
    }

    static Finding finding(
            Rule rule,
            Outcome outcome,
            String message,
            String patientMessage,
            ScreeningSubject.Condition condition,
            Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        Long id = null;
        String name = null;
        if (condition != null) {
            all.put("condition", condition.name());
            id = condition.id();
            name = condition.name();
        }
        String forPatient = patientMessage == null ? null : fill(patientMessage, all);
        return new Finding(rule.id(), outcome, fill(message, all), forPatient, rule.source(), id, name);
    }

    /** Replaces each {@code {name}} in the template by its value; unknown names stay as they are. */
    static String fill(String template, Map<String, String> values) {
        String text = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("{" + e.getKey() + "}", e.getValue());
        }
        return text;
    }
}
