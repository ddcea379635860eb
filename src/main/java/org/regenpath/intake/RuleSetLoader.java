package org.regenpath.intake;

import static org.regenpath.intake.ClinicalFiles.blank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads {@code clinical/screening/candidacy-rules.json} and refuses a rule set the engine could misread: an unknown
 * kind, fact, outcome, evidence level or treatment category; a rule without a source or messages; duplicate rule
 * ids; a parameter missing, out of range or belonging to another kind; a rule whose "triggered" outcome is ELIGIBLE;
 * clinic policy defaults that are missing, out of range or not labelled as clinic policy.
 */
final class RuleSetLoader {

    static final String LOCATION = "clinical/screening/candidacy-rules.json";

    private static final Pattern RULE_ID = Pattern.compile("^[A-Z]+(-[A-Z0-9]+)+$");
    private static final String DEFAULT_UNKNOWN = "Not yet answered: {fact}.";

    record RuleFile(
            String version, String title, List<String> notes, PolicyEntry clinicPolicy, List<RuleEntry> rules) {}

    record PolicyEntry(
            String version,
            String label,
            Integer minConservativeCareWeeks,
            Integer steroidWashoutWeeks,
            BigDecimal maxHba1cPercent,
            BigDecimal maxBmi,
            List<String> notes) {}

    record RuleEntry(
            String id,
            String kind,
            String fact,
            Integer minMonths,
            List<String> categories,
            Integer minGrade,
            List<String> levels,
            List<String> conditions,
            List<String> highRiskSites,
            String highRiskMessage,
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
        ClinicPolicy policy = loader.policy(file.clinicPolicy());
        if (!loader.problems.isEmpty()) {
            throw new InvalidClinicalData(name, loader.problems);
        }
        return new RuleSet(file.version(), List.copyOf(rules), policy);
    }

    /** The defaults must say they are clinic policy, so nobody reads them as a guideline's thresholds. */
    private ClinicPolicy policy(PolicyEntry p) {
        if (p == null) {
            problems.add("the rule set needs clinicPolicy defaults");
            return null;
        }
        if (blank(p.version()) || p.version().length() > 40) {
            problems.add("clinicPolicy needs a version of at most 40 characters");
        }
        if (!ClinicPolicy.LABEL.equals(p.label())) {
            problems.add("clinicPolicy must be labelled '" + ClinicPolicy.LABEL + "'");
        }
        requireRange(p.minConservativeCareWeeks(), 0, 104, "clinicPolicy.minConservativeCareWeeks");
        requireRange(p.steroidWashoutWeeks(), 0, 104, "clinicPolicy.steroidWashoutWeeks");
        requireRange(p.maxHba1cPercent(), 5, 15, "clinicPolicy.maxHba1cPercent");
        requireRange(p.maxBmi(), 20, 80, "clinicPolicy.maxBmi");
        return problems.isEmpty() ? new ClinicPolicy(p.version(), p.minConservativeCareWeeks(),
                p.steroidWashoutWeeks(), p.maxHba1cPercent(), p.maxBmi()) : null;
    }

    private void requireRange(BigDecimal value, int min, int max, String what) {
        if (value == null || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.add(what + " must be between " + min + " and " + max);
        }
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
        Set<EvidenceLevel> levels = Set.of();
        switch (kind) {
            case FACT, DIABETES_CONTROL -> fact = fact(e, where);
            case CHRONIC_DURATION -> requireRange(e.minMonths(), 1, 120, where + ": minMonths");
            case CONSERVATIVE_CARE -> categories = enums(TreatmentCategory.class, e.categories(), where + ": category");
            case OA_SEVERITY -> requireRange(e.minGrade(), 0, 4, where + ": minGrade (Kellgren-Lawrence 0-4)");
            case EVIDENCE_LEVEL -> levels = enums(EvidenceLevel.class, e.levels(), where + ": level");
            case CONDITION -> {
                if (e.conditions() == null || e.conditions().isEmpty()) {
                    problems.add(where + ": needs at least one catalog condition id");
                }
            }
            case NO_CONDITION, RECENT_STEROID_INJECTION, BMI -> { }
        }
        if ((e.highRiskSites() == null) != (e.highRiskMessage() == null)) {
            problems.add(where + ": highRiskSites and highRiskMessage go together");
        }
        refuseForeignParameters(e, kind, where);
        String unknown = blank(e.unknownMessage()) ? DEFAULT_UNKNOWN : e.unknownMessage();
        return new Rule(e.id(), kind, outcome, e.message(), e.patientMessage(), e.passMessage(), unknown, e.source(),
                fact, e.minMonths(), categories, e.minGrade(), levels, copy(e.conditions()), copy(e.highRiskSites()),
                e.highRiskMessage());
    }

    private static Set<String> copy(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    private HealthFact fact(RuleEntry e, String where) {
        HealthFact fact = enumValue(HealthFact.class, e.fact(), where + ": fact");
        if (fact != null && !facts.add(fact)) {
            problems.add(where + ": fact " + fact + " is already screened by another rule");
        }
        return fact;
    }

    private <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> values, String what) {
        Set<E> found = EnumSet.noneOf(type);
        if (values == null || values.isEmpty()) {
            problems.add(what + ": at least one is needed");
            return Set.of();
        }
        for (String value : values) {
            E constant = enumValue(type, value, what);
            if (constant != null) {
                found.add(constant);
            }
        }
        return Set.copyOf(found);
    }

    private void refuseForeignParameters(RuleEntry e, RuleKind kind, String where) {
        if (e.fact() != null && kind != RuleKind.FACT && kind != RuleKind.DIABETES_CONTROL) {
            problems.add(where + ": 'fact' belongs to FACT and DIABETES_CONTROL rules");
        }
        if (e.highRiskSites() != null && kind != RuleKind.FACT) {
            problems.add(where + ": 'highRiskSites' belongs to FACT rules");
        }
        if (e.levels() != null && kind != RuleKind.EVIDENCE_LEVEL) {
            problems.add(where + ": 'levels' belongs to EVIDENCE_LEVEL rules");
        }
        if (e.conditions() != null && kind != RuleKind.CONDITION) {
            problems.add(where + ": 'conditions' belongs to CONDITION rules");
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
