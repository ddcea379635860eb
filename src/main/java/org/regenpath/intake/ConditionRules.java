package org.regenpath.intake;

import static org.regenpath.intake.ScreeningEngine.DAY;
import static org.regenpath.intake.ScreeningEngine.finding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules that give one finding per active condition. Pure, like {@link ScreeningEngine}. */
final class ConditionRules {

    private final Rule rule;
    private final ScreeningSubject subject;

    ConditionRules(Rule rule, ScreeningSubject subject) {
        this.rule = rule;
        this.subject = subject;
    }

    Finding apply(ScreeningSubject.Condition c) {
        return switch (rule.kind()) {
            case CHRONIC_DURATION -> chronic(c);
            case CONSERVATIVE_CARE -> conservativeCare(c);
            case EVIDENCE_LEVEL -> applies(c, c.evidence() != null && rule.levels().contains(c.evidence()),
                    Map.of("level", c.evidence() == null ? "not graded" : c.evidence().label().toLowerCase(java.util.Locale.ROOT)));
            case CONDITION -> applies(c, rule.conditions().contains(c.conditionId()), Map.of());
            case RECENT_STEROID_INJECTION -> steroid(c);
            default -> throw new IllegalArgumentException(rule.kind() + " is not a per-condition rule");
        };
    }

    private Finding applies(ScreeningSubject.Condition c, boolean applies, Map<String, String> values) {
        return applies
                ? finding(rule, rule.outcome(), rule.message(), rule.patientMessage(), c, values)
                : finding(rule, Outcome.ELIGIBLE, rule.passMessage(), null, c, values);
    }

    private Finding chronic(ScreeningSubject.Condition c) {
        Chronicity chronicity = Chronicity.of(c.onsetDate(), subject.today(), rule.minMonths());
        Map<String, String> values = Map.of(
                "minMonths", String.valueOf(rule.minMonths()), "qualifiesOn", DAY.format(chronicity.qualifiesOn()));
        return applies(c, !chronicity.chronic(), values);
    }

    /**
     * A trial counts when it is of a listed kind, did not give good relief (then it is still the treatment to
     * continue), and lasted the clinic's minimum weeks, unless it was stopped because it was not tolerated.
     */
    private Finding conservativeCare(ScreeningSubject.Condition c) {
        int minWeeks = subject.policy().minConservativeCareWeeks();
        Set<TreatmentCategory> counted = EnumSet.noneOf(TreatmentCategory.class);
        List<String> why = new ArrayList<>();
        for (Treatment t : c.treatments()) {
            if (!rule.categories().contains(t.category())) {
                continue;
            }
            if (t.response() == TreatmentResponse.GOOD_RELIEF) {
                why.add(t.category().label() + " gives good relief");
            } else if (t.durationWeeks() < minWeeks && t.response() != TreatmentResponse.NOT_TOLERATED) {
                why.add(t.category().label() + " for " + t.durationWeeks() + " weeks only");
            } else {
                counted.add(t.category());
            }
        }
        Map<String, String> values = Map.of("minWeeks", String.valueOf(minWeeks), "policy",
                subject.policy().version(), "categories", labels(counted.isEmpty() ? rule.categories() : counted),
                "detail", why.isEmpty() ? "none recorded" : String.join("; ", why));
        return applies(c, counted.isEmpty(), values);
    }

    Finding severity(ScreeningSubject.Condition c) {
        Map<String, String> values = Map.of(
                "grade", c.klGrade() == null ? "not graded" : String.valueOf(c.klGrade()),
                "minGrade", String.valueOf(rule.minGrade()));
        return applies(c, c.klGrade() != null && c.klGrade() >= rule.minGrade(), values);
    }

    /**
     * A steroid injection recorded at the condition's site (or, for rows entered before the site was asked, under
     * the condition without a site) within the washout; one without a date cannot be cleared.
     */
    private Finding steroid(ScreeningSubject.Condition c) {
        int weeks = subject.policy().steroidWashoutWeeks();
        List<Treatment> atSite = c.treatments().stream()
                .filter(t -> t.category() == TreatmentCategory.STEROID_INJECTION)
                .filter(t -> t.injectionSite() == null || t.injectionSite().equals(c.bodySite()))
                .toList();
        Map<String, String> values = Map.of("weeks", String.valueOf(weeks), "policy", subject.policy().version());
        if (atSite.stream().anyMatch(t -> t.lastDate() == null)) {
            return finding(rule, Outcome.NEEDS_REVIEW, rule.unknownMessage(), rule.patientMessage(), c, values);
        }
        LocalDate latest = atSite.stream().map(Treatment::lastDate).max(Comparator.naturalOrder()).orElse(null);
        if (latest == null || !latest.plusWeeks(weeks).isAfter(subject.today())) {
            return finding(rule, Outcome.ELIGIBLE, rule.passMessage(), null, c, values);
        }
        return finding(rule, rule.outcome(), rule.message(), rule.patientMessage(), c, Map.of("weeks",
                String.valueOf(weeks), "policy", subject.policy().version(), "injectedOn", DAY.format(latest),
                "until", DAY.format(latest.plusWeeks(weeks))));
    }

    private static String labels(Set<TreatmentCategory> categories) {
        return categories.stream()
                .sorted(Comparator.naturalOrder())
                .map(TreatmentCategory::label)
                .collect(Collectors.joining(", "));
    }
}
