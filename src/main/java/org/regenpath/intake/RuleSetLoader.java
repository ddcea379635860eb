package org.regenpath.intake;

import static org.regenpath.intake.ClinicalFiles.blank;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads {@code clinical/screening/candidacy-rules.json} and refuses a rule set the engine could misread: an unknown
 * kind, fact, outcome or treatment category; a rule without a source or messages; duplicate rule ids; a parameter
 * missing, out of range or belonging to another kind; a rule whose "triggered" outcome is ELIGIBLE.
 */
final class RuleSetLoader {

    static final String LOCATION = "clinical/screening/candidacy-rules.json";

    private static final Pattern RULE_ID = Pattern.compile("^[A-Z]+(-[A-Z0-9]+)+$");
    private static final String DEFAULT_UNKNOWN = "Not yet answered: {fact}.";

    record RuleFile(String version, String title, List<String> notes, List<RuleEntry> rules) {}

    record RuleEntry(
            String id,
            String kind,
            String fact,
            Integer minMonths,
            List<String> categories,
            Integer minGrade,
            String outcome,
            String message,
            String patientMessage,
            String passMessage,
            String unknownMessage,
            String source) {}

    private final List<String> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<HealthFact> facts = EnumSet.noneOf(HealthFact.class);

    private RuleSetLoader() {}

    static RuleSet load() {
        return parse(LOCATION, ClinicalFiles.read(LOCATION));
    }

    static RuleSet parse(String name, String json) {
        RuleFile file = ClinicalFiles.parse(name, json, RuleFile.class);
        RuleSetLoader loader = new RuleSetLoader();
        if (blank(file.version()) || file.version().length() > 20) {
            loader.problems.add("the rule set needs a version of at most 20 characters");
        }
        List<Rule> rules = new ArrayList<>();
        for (RuleEntry entry : file.rules() == null ? List.<RuleEntry>of() : file.rules()) {
            Rule rule = loader.rule(entry);
            if (rule != null) {
                rules.add(rule);
            }
        }
        if (rules.isEmpty() && loader.problems.isEmpty()) {
            loader.problems.add("the rule set has no rules");
        }
        if (!loader.problems.isEmpty()) {
            throw new InvalidClinicalData(name, loader.problems);
        }
        return new RuleSet(file.version(), List.copyOf(rules));
    }

    private Rule rule(RuleEntry e) {
        String where = "rule " + (e.id() == null ? "(no id)" : e.id());
        if (e.id() == null || !RULE_ID.matcher(e.id()).matches()) {
            problems.add(where + ": the id must look like EXC-INFECTION");
        } else if (!ids.add(e.id())) {
            problems.add("duplicate rule id " + e.id());
        }
        RuleKind kind = enumValue(RuleKind.class, e.kind(), where + ": kind");
        Outcome outcome = enumValue(Outcome.class, e.outcome(), where + ": outcome");
        if (outcome == Outcome.ELIGIBLE) {
            problems.add(where + ": the outcome is what the rule gives when it applies; ELIGIBLE makes it a no-op");
        }
        if (blank(e.source())) {
            problems.add(where + ": has no source; every rule must name a public source");
        }
        if (blank(e.message()) || blank(e.patientMessage()) || blank(e.passMessage())) {
            problems.add(where + ": needs message, patientMessage and passMessage");
        }
        if (kind == null) {
            return null;
        }
        HealthFact fact = null;
        Set<TreatmentCategory> categories = Set.of();
        switch (kind) {
            case FACT -> fact = fact(e, where);
            case CHRONIC_DURATION -> requireRange(e.minMonths(), 1, 120, where + ": minMonths");
            case CONSERVATIVE_CARE -> categories = categories(e, where);
            case OA_SEVERITY -> requireRange(e.minGrade(), 0, 4, where + ": minGrade (Kellgren-Lawrence 0-4)");
            case NO_CONDITION -> { }
        }
        refuseForeignParameters(e, kind, where);
        String unknown = blank(e.unknownMessage()) ? DEFAULT_UNKNOWN : e.unknownMessage();
        return new Rule(e.id(), kind, outcome, e.message(), e.patientMessage(), e.passMessage(), unknown, e.source(),
                fact, e.minMonths(), categories, e.minGrade());
    }

    private HealthFact fact(RuleEntry e, String where) {
        HealthFact fact = enumValue(HealthFact.class, e.fact(), where + ": fact");
        if (fact != null && !facts.add(fact)) {
            problems.add(where + ": fact " + fact + " is already screened by another rule");
        }
        return fact;
    }

    private Set<TreatmentCategory> categories(RuleEntry e, String where) {
        Set<TreatmentCategory> categories = EnumSet.noneOf(TreatmentCategory.class);
        if (e.categories() == null || e.categories().isEmpty()) {
            problems.add(where + ": needs at least one treatment category");
            return Set.of();
        }
        for (String c : e.categories()) {
            TreatmentCategory category = enumValue(TreatmentCategory.class, c, where + ": category");
            if (category != null) {
                categories.add(category);
            }
        }
        return Set.copyOf(categories);
    }

    private void refuseForeignParameters(RuleEntry e, RuleKind kind, String where) {
        if (e.fact() != null && kind != RuleKind.FACT) {
            problems.add(where + ": 'fact' belongs to FACT rules");
        }
        if (e.minMonths() != null && kind != RuleKind.CHRONIC_DURATION) {
            problems.add(where + ": 'minMonths' belongs to CHRONIC_DURATION rules");
        }
        if (e.categories() != null && kind != RuleKind.CONSERVATIVE_CARE) {
            problems.add(where + ": 'categories' belongs to CONSERVATIVE_CARE rules");
        }
        if (e.minGrade() != null && kind != RuleKind.OA_SEVERITY) {
            problems.add(where + ": 'minGrade' belongs to OA_SEVERITY rules");
        }
    }

    private void requireRange(Integer value, int min, int max, String what) {
        if (value == null || value < min || value > max) {
            problems.add(what + " must be between " + min + " and " + max);
        }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, String what) {
        if (value != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
        }
        problems.add(what + " '" + value + "' is unknown; expected one of " + List.of(type.getEnumConstants()));
        return null;
    }
}
