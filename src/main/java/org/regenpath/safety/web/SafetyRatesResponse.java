package org.regenpath.safety.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.regenpath.safety.SafetyFigures;
import org.regenpath.safety.SafetyRateRow;
import org.regenpath.safety.SafetyRateTable;

/**
 * A clinic's safety figures: per group of procedures and per way the events were collected, the procedures followed
 * by at least one event out of the procedures, per 100 with the 95 % Wilson interval. Solicited and passive rows are
 * never summed; the {@code either} row counts each procedure once.
 *
 * @param countedOn the clinic's date the figures were counted on
 * @param procedures how many procedures the figures rest on
 * @param eventsLeftOut events linked to no procedure of the clinic, which no row counts
 * @param interval how the intervals were computed
 * @param withoutSolicitedAnswer the procedures with no solicited checklist answered (no answer is not "no event")
 * @param rows the figures
 */
record SafetyRatesResponse(LocalDate countedOn, int procedures, int eventsLeftOut, String interval,
        Unanswered withoutSolicitedAnswer, List<Row> rows) {

    static final String INTERVAL = "95 % Wilson score interval (Wilson EB, J Am Stat Assoc 1927;22:209-212,"
            + " doi:10.1080/01621459.1927.10502953)";

    /**
     * The procedures with no solicited checklist answered.
     *
     * @param count how many
     * @param lastOn the clinic's date of the most recent one, or {@code null}
     * @param daysSince days since then, or {@code null}
     */
    record Unanswered(int count, LocalDate lastOn, Long daysSince) {}

    /**
     * One figure.
     *
     * @param grouping {@code cell-source-and-product}, {@code grade} or {@code seriousness}
     * @param group the group in words
     * @param collection {@code solicited} (out of procedures with a checklist answered), {@code passive} (portal,
     *     phone, clinician-observed, out of all procedures) or {@code either} (each procedure once)
     * @param withEvent the numerator: procedures followed by at least one such event
     * @param procedures the denominator, n
     * @param events how many such events (one procedure may have several)
     * @param perHundred the estimate per 100 procedures, or {@code null} when n is 0
     * @param lowerPerHundred the lower 95 % bound per 100, or {@code null}
     * @param upperPerHundred the upper 95 % bound per 100, or {@code null}
     */
    record Row(String grouping, String group, String collection, int withEvent, int procedures, int events,
            Double perHundred, Double lowerPerHundred, Double upperPerHundred) {}

    static SafetyRatesResponse of(SafetyFigures.Counted counted) {
        SafetyRateTable t = counted.table();
        return new SafetyRatesResponse(counted.countedOn(), t.procedures(), t.eventsLeftOut(), INTERVAL,
                new Unanswered(t.unanswered().count(), t.unanswered().lastOn(), t.unanswered().daysSince()),
                t.rows().stream().map(SafetyRatesResponse::row).toList());
    }

    private static Row row(SafetyRateRow r) {
        return new Row(id(r.grouping()), r.group(), id(r.collection()), r.withEvent(), r.procedures(), r.events(),
                r.perHundred(), r.lowerPerHundred(), r.upperPerHundred());
    }

    private static String id(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
