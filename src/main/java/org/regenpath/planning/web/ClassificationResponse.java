package org.regenpath.planning.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.regenpath.planning.ClassificationView;
import org.regenpath.planning.IntendedUse;
import org.regenpath.planning.Manipulation;
import org.regenpath.planning.RegulatoryPathway;
import org.regenpath.planning.RuleOutcome;
import org.regenpath.planning.Statement;

/**
 * A plan's regulatory classification as the JSON API sends it (decision 0038): its own type, so the module may
 * change {@link ClassificationView} without changing what clients read. Field names, order and values are those
 * clients have always read; the schemas keep their published names.
 */
@Schema(name = "ClassificationView")
record ClassificationResponse(
        RegulatoryPathway pathway,
        String pathwayLabel,
        Manipulation manipulation,
        StatementResponse manipulationBasis,
        IntendedUse use,
        StatementResponse useBasis,
        String homologousUseJustification,
        List<Reason> reasons,
        StatementResponse conclusion,
        List<StatementResponse> openQuestions,
        List<StatementResponse> notes,
        boolean verified,
        String reviewNotice,
        boolean requiresTrial,
        String rulesVersion,
        Map<String, String> missingForApproval) {

    /** A sentence of regulatory meaning and its source. */
    @Schema(name = "Statement")
    record StatementResponse(String text, CitationResponse citation) {

        static StatementResponse of(Statement s) {
            return s == null ? null : new StatementResponse(s.text(), CitationResponse.of(s.citation()));
        }

        static List<StatementResponse> of(List<Statement> statements) {
            return statements == null ? null : statements.stream().map(StatementResponse::of).toList();
        }
    }

    /** One rule applied to the plan. */
    @Schema(name = "RuleOutcome")
    record Reason(
            String ruleId, RegulatoryPathway pathway, String text, CitationResponse citation, boolean met,
            String finding) {

        static Reason of(RuleOutcome r) {
            return new Reason(r.ruleId(), r.pathway(), r.text(), CitationResponse.of(r.citation()), r.met(),
                    r.finding());
        }
    }

    static ClassificationResponse of(ClassificationView c) {
        return c == null ? null : new ClassificationResponse(c.pathway(), c.pathwayLabel(), c.manipulation(),
                StatementResponse.of(c.manipulationBasis()), c.use(), StatementResponse.of(c.useBasis()),
                c.homologousUseJustification(),
                c.reasons() == null ? null : c.reasons().stream().map(Reason::of).toList(),
                StatementResponse.of(c.conclusion()), StatementResponse.of(c.openQuestions()),
                StatementResponse.of(c.notes()), c.verified(), c.reviewNotice(), c.requiresTrial(), c.rulesVersion(),
                c.missingForApproval());
    }
}
