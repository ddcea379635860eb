package org.regenpath.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The regulatory pathway of a plan and every reason for it. {@link #outcomes()} lists every rule applied, met or
 * not; {@link #reasons()} lists the ones that decided the pathway: for a pathway that applies, its conditions;
 * for a later one, why each earlier one does not apply; for a drug, device and/or biological product, every
 * unmet condition, followed by {@link #conclusion()}.
 *
 * @param facts what was classified
 * @param pathway the result
 * @param manipulation the manipulation the rules used: derived from the product type where the guidance is
 *     clear, otherwise the clinician's declaration; {@code null} when the product type settles the pathway
 * @param manipulationBasis why that manipulation, or {@code null} when it is the clinician's declaration
 * @param use the use the rules used: derived from product type and site where FDA's position is recorded,
 *     otherwise the clinician's declaration; {@code null} when the product type settles the pathway
 * @param useBasis FDA's position on the use as the rules record it, or {@code null} when none is recorded
 * @param outcomes every rule applied, in rule-data order
 * @param conclusion what the pathway means: why the product is not an HCT/P, or what a drug, device and/or
 *     biological product needs; {@code null} otherwise
 * @param profile what the rule data says about the product type, including its notes and whether it is
 *     research-only
 * @param openQuestions what is genuinely uncertain about this classification (FDA's position not settled, the
 *     clinician departing from it, a site the rules do not recognise), to show with the class
 */
public record RegulatoryClassification(
        PathwayFacts facts,
        RegulatoryPathway pathway,
        Manipulation manipulation,
        Statement manipulationBasis,
        IntendedUse use,
        Statement useBasis,
        List<RuleOutcome> outcomes,
        Statement conclusion,
        ProductTypeProfile profile,
        List<Statement> openQuestions) {

    public RegulatoryClassification {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(profile, "profile");
        outcomes = List.copyOf(outcomes);
        openQuestions = List.copyOf(openQuestions);
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

    /** The product type's notes from the rule data, e.g. on bone marrow or on cord tissue products. */
    public List<Statement> notes() {
        return profile.notes();
    }

    /** Every citation this classification rests on that was not verified against the primary source. */
    public List<Citation> unverified() {
        List<Citation> all = new ArrayList<>();
        reasons().forEach(r -> all.add(r.citation()));
        Stream.of(conclusion, manipulationBasis, useBasis).filter(Objects::nonNull)
                .forEach(s -> all.add(s.citation()));
        notes().forEach(n -> all.add(n.citation()));
        openQuestions.forEach(q -> all.add(q.citation()));
        return all.stream().filter(c -> !c.verified()).distinct().toList();
    }

    /**
     * The plain-words notice shown with every classification: it is decision support from the clinic's answers,
     * not reviewed by a regulatory adviser, and says how many of its sources were not checked against the text.
     */
    public String reviewNotice() {
        int unchecked = unverified().size();
        return "This classification has not been reviewed by a regulatory adviser. It is worked out from the"
                + " answers in this plan, not legal advice"
                + (unchecked == 0 ? "." : "; " + unchecked + (unchecked == 1 ? " source it rests on was" : " sources it"
                + " rests on were") + " not checked against the regulation or guidance text.");
    }
}
