package org.regenpath.safety;

import java.time.LocalDate;
import java.util.List;

/**
 * A clinic's safety counts on one day.
 *
 * @param procedures how many procedures the counts rest on
 * @param rows the counts, grouped by cell source and product, by grade and by seriousness, each group with its
 *     solicited, passive and either-way rows
 * @param eventsLeftOut events linked to no procedure among {@code procedures}, which no per-procedure figure counts
 * @param unanswered the procedures with no solicited checklist answered
 */
public record SafetyRateTable(int procedures, List<SafetyRateRow> rows, int eventsLeftOut, Unanswered unanswered) {

    public SafetyRateTable {
        rows = List.copyOf(rows);
    }

    /**
     * The procedures after which no solicited checklist was answered: no answer is not "no event".
     *
     * @param count how many
     * @param lastOn the date of the most recent one, or {@code null} when there is none
     * @param daysSince days from {@code lastOn} to the day the counts were made, or {@code null} when there is none
     */
    public record Unanswered(int count, LocalDate lastOn, Long daysSince) {}

    /** The rows of one grouping, in order. */
    public List<SafetyRateRow> rows(SafetyRateRow.Grouping grouping) {
        return rows.stream().filter(r -> r.grouping() == grouping).toList();
    }
}
