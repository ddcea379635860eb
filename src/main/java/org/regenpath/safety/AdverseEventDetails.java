package org.regenpath.safety;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What one version of an adverse event says, checked. Grade (how severe, CTCAE) and seriousness (ICH E2A criteria)
 * are separate fields: a grade 2 event can be serious and a grade 3 event need not be.
 *
 * @param procedureId the procedure the event follows, or {@code null}
 * @param productId the product whose harvest or contents it may concern, or {@code null}
 * @param term the catalog term
 * @param otherTerm the term in words for {@code other}, else {@code null}
 * @param description what happened
 * @param onsetDate when it began
 * @param grade the CTCAE grade, or {@code null} on a draft
 * @param seriousness the ICH E2A criteria met; empty when not serious
 * @param harvestRelatedness relatedness to the harvest, or {@code null} when not judged
 * @param injectionRelatedness relatedness to the injection, or {@code null}
 * @param productRelatedness relatedness to the product, or {@code null}
 * @param expected whether the consent document named it, or {@code null} on a draft
 * @param actionTaken what was done, or empty text
 * @param outcome how it ended or stands, or {@code null}
 * @param resolvedOn when it resolved, or {@code null}
 * @param detection how the clinic learned of it
 */
public record AdverseEventDetails(Long procedureId, String productId, AdverseEventTerm term, String otherTerm,
        String description, LocalDate onsetDate, Integer grade, Set<SeriousnessCriterion> seriousness,
        Relatedness harvestRelatedness, Relatedness injectionRelatedness, Relatedness productRelatedness,
        Boolean expected, String actionTaken, AdverseEventOutcome outcome, LocalDate resolvedOn,
        Detection detection) {

    public AdverseEventDetails {
        seriousness = seriousness.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(seriousness));
    }

    /** Serious by ICH E2A: at least one criterion is met, whatever the grade. */
    public boolean serious() {
        return !seriousness.isEmpty();
    }

    /** The strongest relatedness of the three parts, or {@code null} when none is judged. */
    public Relatedness strongestRelatedness() {
        Relatedness strongest = null;
        for (Relatedness r : new Relatedness[] {harvestRelatedness, injectionRelatedness, productRelatedness}) {
            if (r != null && (strongest == null || r.compareTo(strongest) > 0)) {
                strongest = r;
            }
        }
        return strongest;
    }

    /** The term as a person reads it: the free text for {@code other}, else the catalog's words. */
    public String termName() {
        return otherTerm != null ? otherTerm : term.label();
    }

    /** The grade's CTCAE definition, or empty text on a draft. */
    public String gradeDefinition() {
        return term.definition(grade);
    }
}
