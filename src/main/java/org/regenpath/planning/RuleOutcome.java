package org.regenpath.planning;

import java.util.Objects;

/**
 * One rule applied to one plan: whether its criterion is met, and what in the plan made it so.
 *
 * @param ruleId the rule's id in the rule data, e.g. {@code HCTP361-1}
 * @param pathway the pathway whose conditions the rule belongs to
 * @param text the criterion in plain words, from the rule data
 * @param citation the CFR section or guidance passage the criterion comes from
 * @param met whether the plan meets it
 * @param finding what in the plan decided it, e.g. "Enzymatic SVF is more than minimally manipulated, implied by
 *     the product type"
 */
public record RuleOutcome(
        String ruleId, RegulatoryPathway pathway, String text, Citation citation, boolean met, String finding) {

    public RuleOutcome {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(finding, "finding");
    }
}
