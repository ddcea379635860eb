package org.regenpath.planning;

import java.util.List;
import java.util.Objects;

/**
 * The regulatory pathway of a plan and every reason for it. {@link #outcomes()} lists every rule applied, met or
 * not; {@link #reasons()} lists the ones that decided the pathway: for the exception, its conditions; for a 361
 * HCT/P, why the exception does not apply and the 1271.10(a) criteria it meets; for a 351 product, every unmet
 * condition of both, followed by {@link #conclusion()}.
 *
 * @param facts what was classified
 * @param pathway the result
 * @param manipulation the manipulation the rules used: derived from the product type where the guidance is
 *     clear, otherwise the clinician's declaration
 * @param manipulationBasis why that manipulation, or {@code null} when it is the clinician's declaration
 * @param outcomes every rule applied, in rule-data order
 * @param conclusion what the pathway means, for a 351 product the statement that it needs an IND or BLA
 * @param profile what the rule data says about the product type, including whether it is research-only
 */
public record RegulatoryClassification(
        PathwayFacts facts,
        RegulatoryPathway pathway,
        Manipulation manipulation,
        Statement manipulationBasis,
        List<RuleOutcome> outcomes,
        Statement conclusion,
        ProductTypeProfile profile) {

    public RegulatoryClassification {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(manipulation, "manipulation");
        Objects.requireNonNull(profile, "profile");
        outcomes = List.copyOf(outcomes);
    }

    /** The rules that decided the pathway (see the type's description). */
    public List<RuleOutcome> reasons() {
        return outcomes.stream().filter(this::decided).toList();
    }

    private boolean decided(RuleOutcome o) {
        if (o.pathway() == pathway) {
            return o.met();
        }
        // Pathways are tried in enum order: an earlier one's unmet conditions explain why it does not apply;
        // a later one's conditions are irrelevant once an earlier one applies.
        return o.pathway().ordinal() < pathway.ordinal() && !o.met();
    }

    /** True when the product type is research-only, so the plan may be approved only within a trial. */
    public boolean requiresTrial() {
        return profile.requiresTrial();
    }

    /** The rule ids of {@link #reasons()}, for tests and logs. */
    public List<String> reasonIds() {
        return reasons().stream().map(RuleOutcome::ruleId).toList();
    }
}
