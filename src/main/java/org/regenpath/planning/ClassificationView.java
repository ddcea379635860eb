package org.regenpath.planning;

import java.util.List;
import java.util.Map;

/**
 * A plan's regulatory classification as the editor, the plan page and the API show it (the plan's regulatory
 * record): the pathway, the reasons that decided it, what the pathway means, what is uncertain about it, the
 * product type's notes, whether its sources were verified, and what the clinic still has to record before the
 * plan may be approved.
 *
 * @param pathway the pathway
 * @param pathwayLabel the pathway in words
 * @param manipulation the manipulation the rules used, or {@code null} when the product type settles the pathway
 * @param manipulationBasis why, when derived from the product type
 * @param use the use the rules used, or {@code null} when the product type settles the pathway
 * @param useBasis FDA's position on the use as the rules record it, or {@code null}
 * @param homologousUseJustification the clinician's written reason for departing from that position, or
 *     {@code null}
 * @param reasons the rules that decided the pathway
 * @param conclusion what the pathway means, e.g. why the product is not an HCT/P or what a 351 product needs
 * @param openQuestions what is genuinely uncertain (FDA's position unsettled, a departure from it)
 * @param notes the rule data's notes on the product type
 * @param verified true only when every source the classification rests on was verified against its text
 * @param reviewNotice the plain-words notice that the classification has not been reviewed by an adviser
 * @param requiresTrial true for research-only products
 * @param rulesVersion the version of the rule data
 * @param missingForApproval the records approval still needs, by field; empty when none
 */
public record ClassificationView(
        RegulatoryPathway pathway,
        String pathwayLabel,
        Manipulation manipulation,
        Statement manipulationBasis,
        IntendedUse use,
        Statement useBasis,
        String homologousUseJustification,
        List<RuleOutcome> reasons,
        Statement conclusion,
        List<Statement> openQuestions,
        List<Statement> notes,
        boolean verified,
        String reviewNotice,
        boolean requiresTrial,
        String rulesVersion,
        Map<String, String> missingForApproval) {

    static ClassificationView of(RegulatoryClassification c, String rulesVersion, RegulatoryRecord record) {
        return new ClassificationView(c.pathway(), c.pathway().label(), c.manipulation(), c.manipulationBasis(),
                c.use(), c.useBasis(), c.facts().homologousUseJustification(), c.reasons(), c.conclusion(),
                c.openQuestions(), c.notes(), c.unverified().isEmpty(), c.reviewNotice(), c.requiresTrial(),
                rulesVersion, ApprovalGuard.missing(c, record));
    }
}
