package org.regenpath.product;

import java.time.LocalDate;
import java.util.List;

/**
 * An adverse event linked to a product, as the product's page shows it: what it was, how severe, whether serious,
 * how related to the product, when it began and how it ended, all in words. No patient identity and no free text
 * (the description, the clinician's own term and the action taken stay in the event record).
 *
 * @param eventId the event, for a link to its page for those who may open it
 * @param term the catalog term in words (an event named in free text reads as "Other term")
 * @param grade the CTCAE grade, or {@code null} before a clinician grades it
 * @param gradeDefinition the grade's CTCAE definition, or empty text
 * @param seriousness the ICH E2A criteria met, in words; empty when not serious
 * @param productRelatedness the relatedness to the product in words, or {@code null} when not judged
 * @param onsetDate when it began
 * @param outcome how it ended or stands, in words, or {@code null} when not yet known
 * @param statusWords where the record stands, in words
 */
public record ProductEvent(long eventId, String term, Integer grade, String gradeDefinition,
        List<String> seriousness, String productRelatedness, LocalDate onsetDate, String outcome, String statusWords) {

    public ProductEvent {
        seriousness = List.copyOf(seriousness);
    }

    /** Serious by ICH E2A: at least one criterion is met, whatever the grade. */
    public boolean serious() {
        return !seriousness.isEmpty();
    }
}
