package org.regenpath.safety.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.regenpath.safety.AdverseEvent;
import org.regenpath.safety.AdverseEventDetails;
import org.regenpath.safety.AdverseEventOutcome;
import org.regenpath.safety.AdverseEventStatus;
import org.regenpath.safety.Detection;
import org.regenpath.safety.Relatedness;
import org.regenpath.safety.SeriousnessCriterion;

/**
 * An adverse event as the JSON API sends it (decision 0038): the version in force, its history, and the term with
 * its CTCAE name, NCI Thesaurus code and the grade's definition.
 */
@Schema(name = "AdverseEvent")
record AdverseEventResponse(long id, long patientId, AdverseEventStatus status, Instant firstKnownAt, int version,
        Details details, List<Version> versions) {

    /** What a version says. */
    @Schema(name = "AdverseEventDetails")
    record Details(Long procedureId, String productId, String term, String termName, String ctcaeTerm,
            String ncitCode, String otherTerm, String description, LocalDate onsetDate, Integer grade,
            String gradeDefinition, boolean serious, Set<SeriousnessCriterion> seriousness,
            Relatedness harvestRelatedness, Relatedness injectionRelatedness, Relatedness productRelatedness,
            Boolean expected, String actionTaken, AdverseEventOutcome outcome, LocalDate resolvedOn,
            Detection detection) {

        static Details of(AdverseEventDetails d) {
            return new Details(d.procedureId(), d.productId(), d.term().key(), d.termName(), d.term().ctcaeTerm(),
                    d.term().ncitCode(), d.otherTerm(), d.description(), d.onsetDate(), d.grade(),
                    d.gradeDefinition(), d.serious(), d.seriousness(), d.harvestRelatedness(),
                    d.injectionRelatedness(), d.productRelatedness(), d.expected(), d.actionTaken(), d.outcome(),
                    d.resolvedOn(), d.detection());
        }
    }

    /** One version: who wrote it and when, and what it said. */
    @Schema(name = "AdverseEventVersion")
    record Version(int number, AdverseEventStatus status, String changedBy, Instant changedAt, Details details) {}

    static AdverseEventResponse of(AdverseEvent e) {
        return new AdverseEventResponse(e.id(), e.patientId().value(), e.status(), e.firstKnownAt(),
                e.current().number(), Details.of(e.details()), e.versions().stream().map(v -> new Version(v.number(),
                        v.status(), v.changedBy().displayName(), v.changedAt(), Details.of(v.details()))).toList());
    }
}
