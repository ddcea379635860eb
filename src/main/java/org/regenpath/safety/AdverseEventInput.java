package org.regenpath.safety;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the event form and the JSON API send to record or revise an adverse event. Everything is checked at once,
 * every wrong field named; nothing is written when one is wrong.
 *
 * @param procedureId the procedure the event follows, or {@code null}
 * @param productId the cell product it may concern (its harvest or the product itself), or {@code null}
 * @param term the key of the term in the catalog ({@code other} with {@code otherTerm})
 * @param otherTerm the term in words, for {@code other}
 * @param description what happened
 * @param onsetDate when it began, the clinic's day
 * @param grade the CTCAE grade, 1–5 and allowed by the term; empty only on a draft
 * @param seriousness the ICH E2A criteria met; empty when not serious
 * @param harvestRelatedness relatedness to the harvest (required when serious)
 * @param injectionRelatedness relatedness to the injection (required when serious)
 * @param productRelatedness relatedness to the product (required when serious)
 * @param expected whether the consent document told the patient of it; empty only on a draft
 * @param actionTaken what was done about it
 * @param outcome how it ended or stands (required to close)
 * @param resolvedOn when it resolved, not before the onset
 * @param detection how the clinic learned of it
 * @param closed whether the clinician closes the event with this change (absent: no)
 */
public record AdverseEventInput(Long procedureId, String productId, String term, String otherTerm,
        String description, LocalDate onsetDate, Integer grade, Set<SeriousnessCriterion> seriousness,
        Relatedness harvestRelatedness, Relatedness injectionRelatedness, Relatedness productRelatedness,
        Boolean expected, String actionTaken, AdverseEventOutcome outcome, LocalDate resolvedOn, Detection detection,
        Boolean closed) {

    public AdverseEventInput {
        seriousness = seriousness == null ? Set.of() : Set.copyOf(seriousness);
        closed = Boolean.TRUE.equals(closed);
    }
}
