package org.regenpath.intake;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evaluates a rule set against a patient. Pure: no Spring, no database, no clock of its own. Every rule is one of
 * five generic kinds parameterised by the rule set's data; every rule yields a finding (ELIGIBLE when it passes),
 * and the evaluation is the worst finding.
 */
final class ScreeningEngine {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final RuleSet ruleSet;

    ScreeningEngine(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /** The evaluation: worst outcome over all findings, and the findings worst first (rule order within). */
    record Result(String ruleSetVersion, Outcome outcome, List<Finding> findings) {}

    String version() {
        return ruleSet.version();
    }

    Result evaluate(ScreeningSubject subject) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : ruleSet.rules()) {
            findings.addAll(apply(rule, subject));
        }
        findings.sort(Comparator.comparing((Finding f) -> f.outcome().ordinal()).reversed());
        Outcome outcome = Outcome.worst(findings.stream().map(Finding::outcome).toList());
        return new Result(ruleSet.version(), outcome, List.copyOf(findings));
    }

    private List<Finding> apply(Rule rule, ScreeningSubject s) {
        return switch (rule.kind()) {
            case FACT -> List.of(fact(rule, s.answer(rule.fact())));
            case NO_CONDITION -> List.of(s.conditions().isEmpty()
                    ? finding(rule, rule.outcome(), rule.message(), rule.patientMessage(), null, Map.of())
                    : finding(rule, Outcome.ELIGIBLE, rule.passMessage(), null, null, Map.of()));
            case CHRONIC_DURATION -> s.conditions().stream().map(c -> chronic(rule, c, s)).toList();
            case CONSERVATIVE_CARE -> s.conditions().stream().map(c -> conservativeCare(rule, c)).toList();
            case OA_SEVERITY -> s.conditions().stream()
                    .filter(ScreeningSubject.Condition::osteoarthritis)
                    .map(c -> severity(rule, c))
                    .toList();
        };
    }

    private Finding fact(Rule rule, Answer answer) {
        Map<String, String> values = Map.of("fact", rule.fact().label());
        return switch (answer) {
            case YES -> finding(rule, rule.outcome(), rule.message(), rule.patientMessage(), null, values);
            case UNKNOWN -> finding(rule, Outcome.NEEDS_REVIEW, rule.unknownMessage(),
                    "We still need your answer about: " + rule.fact().label().toLowerCase(Locale.ENGLISH) + ".",
                    null, values);
            case NO -> finding(rule, Outcome.ELIGIBLE, rule.passMessage(), null, null, values);
        };
    }

    private Finding chronic(Rule rule, ScreeningSubject.Condition c, ScreeningSubject s) {
        Chronicity chronicity = Chronicity.of(c.onsetDate(), s.today(), rule.minMonths());
        Map<String, String> values = Map.of(
                "minMonths", String.valueOf(rule.minMonths()), "qualifiesOn", DAY.format(chronicity.qualifiesOn()));
        return chronicity.chronic()
                ? finding(rule, Outcome.ELIGIBLE, rule.passMessage(), null, c, values)
                : finding(rule, rule.outcome(), rule.message(), rule.patientMessage(), c, values);
    }

    private Finding conservativeCare(Rule rule, ScreeningSubject.Condition c) {
        Set<TreatmentCategory> tried = EnumSet.noneOf(TreatmentCategory.class);
        c.tried().stream().filter(rule.categories()::contains).forEach(tried::add);
        if (tried.isEmpty()) {
            return finding(rule, rule.outcome(), rule.message(), rule.patientMessage(), c,
                    Map.of("categories", labels(rule.categories())));
        }
        return finding(rule, Outcome.ELIGIBLE, rule.passMessage(), null, c, Map.of("categories", labels(tried)));
    }

    private Finding severity(Rule rule, ScreeningSubject.Condition c) {
        Map<String, String> values = Map.of(
                "grade", c.klGrade() == null ? "not graded" : String.valueOf(c.klGrade()),
                "minGrade", String.valueOf(rule.minGrade()));
        return c.klGrade() != null && c.klGrade() >= rule.minGrade()
                ? finding(rule, rule.outcome(), rule.message(), rule.patientMessage(), c, values)
                : finding(rule, Outcome.ELIGIBLE, rule.passMessage(), null, c, values);
    }

    private static Finding finding(
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

    private static String labels(Set<TreatmentCategory> categories) {
        return categories.stream()
                .sorted()
                .map(TreatmentCategory::label)
                .collect(Collectors.joining(", "));
    }
}
