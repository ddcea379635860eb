package org.regenpath.planning;

import java.util.List;
import java.util.Map;

/**
 * A plan's regulatory classification as the editor and the API show it: the pathway, the reasons that decided
 * it, what the pathway means, and what the clinic still has to record before the plan may be approved.
 *
 * @param pathway the pathway
 * @param pathwayLabel the pathway in words
 * @param manipulation the manipulation the rules used
 * @param manipulationBasis why, when derived from the product type
 * @param reasons the rules that decided the pathway
 * @param conclusion what the pathway means, e.g. that a 351 product needs an IND or BLA
 * @param requiresTrial true for research-only products
 * @param rulesVersion the version of the rule data
 * @param missingForApproval the records approval still needs, by field; empty when none
 */
public record ClassificationView(
        RegulatoryPathway pathway,
        String pathwayLabel,
        Manipulation manipulation,
        Statement manipulationBasis,
        List<RuleOutcome> reasons,
        Statement conclusion,
        boolean requiresTrial,
        String rulesVersion,
        Map<String, String> missingForApproval) {

    static ClassificationView of(RegulatoryClassification c, String rulesVersion, RegulatoryRecord record) {
        return new ClassificationView(c.pathway(), c.pathway().label(), c.manipulation(), c.manipulationBasis(),
                c.reasons(), c.conclusion(), c.requiresTrial(), rulesVersion, ApprovalGuard.missing(c, record));
    }
}
