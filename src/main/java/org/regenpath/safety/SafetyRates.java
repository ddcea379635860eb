package org.regenpath.safety;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.regenpath.safety.SafetyRateRow.Collection;
import org.regenpath.safety.SafetyRateRow.Grouping;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.stats.WilsonInterval;

/**
 * The clinic's safety counts: per cell source and product type, per CTCAE grade and per seriousness, how many
 * procedures were followed by at least one adverse event, out of how many procedures, with a 95 % Wilson interval
 * ({@link WilsonInterval}), shown per 100 procedures. Pure: no Spring, no database.
 *
 * <p><b>Why a proportion of procedures, not events per procedure.</b> The question a patient asks before treatment
 * is "how likely am I to have a reaction?", which is the share of procedures followed by at least one event: a
 * proportion, with a numerator that cannot exceed its denominator, for which the Wilson score interval (Wilson
 * 1927; Newcombe 1998) keeps its coverage at small n and near 0 or 1, where a clinic's counts live. An
 * events-per-procedure rate would count one patient's three reactions three times and needs a Poisson model that
 * events after one procedure are independent, which reactions to one injection are not. The number of events is
 * still shown beside each row ({@link SafetyRateRow#events()}), without an interval.
 *
 * <p><b>Solicited and passive counts are separate rows.</b> Trials that ask find several times the reactions that
 * registries waiting for reports find. A solicited count is out of the procedures after which a checklist was
 * answered (a procedure with no answer could show no solicited event, and no answer is not "no event"); a passive
 * count (portal, phone, seen by a clinician) is out of all procedures. The either-way row counts each procedure
 * once and says so. The procedures without a solicited answer, and the days since the last of them, are reported
 * on their own.
 */
public final class SafetyRates {

    private SafetyRates() {}

    /**
     * Counts {@code events} against {@code procedures} on the clinic's date {@code today}.
     *
     * @throws IllegalArgumentException when a procedure is listed twice, or an event was found by a solicited
     *     checklist after a procedure said to have no checklist answered
     */
    public static SafetyRateTable count(List<SafetyRateProcedure> procedures, List<SafetyRateEvent> events,
            LocalDate today) {
        Objects.requireNonNull(today, "today");
        Map<Long, SafetyRateProcedure> byId = new LinkedHashMap<>();
        for (SafetyRateProcedure p : procedures) {
            if (byId.put(p.procedureId(), p) != null) {
                throw new IllegalArgumentException("Procedure " + p.procedureId() + " is listed twice");
            }
        }
        Map<Long, List<SafetyRateEvent>> eventsOf = new HashMap<>();
        int leftOut = 0;
        for (SafetyRateEvent e : events) {
            SafetyRateProcedure p = e.procedureId() == null ? null : byId.get(e.procedureId());
            if (p == null) {
                leftOut++;
                continue;
            }
            if (e.detection().solicited() && !p.solicitedAnswer()) {
                throw new IllegalArgumentException("Procedure " + p.procedureId() + " has an event found by a"
                        + " solicited checklist but no checklist answer");
            }
            eventsOf.computeIfAbsent(p.procedureId(), id -> new ArrayList<>()).add(e);
        }
        List<SafetyRateProcedure> all = List.copyOf(byId.values());
        List<SafetyRateRow> rows = new ArrayList<>();
        bySourceAndProduct(all).forEach((group, members) ->
                rows.addAll(rows(Grouping.CELL_SOURCE_AND_PRODUCT, group, members, eventsOf, e -> true)));
        for (int grade = 1; grade <= 5; grade++) {
            Integer g = grade;
            rows.addAll(rows(Grouping.GRADE, "Grade " + grade, all, eventsOf, e -> g.equals(e.grade())));
        }
        rows.addAll(rows(Grouping.GRADE, "Not yet graded", all, eventsOf, e -> e.grade() == null));
        rows.addAll(rows(Grouping.SERIOUSNESS, "Serious", all, eventsOf, SafetyRateEvent::serious));
        rows.addAll(rows(Grouping.SERIOUSNESS, "Not serious", all, eventsOf, e -> !e.serious()));
        return new SafetyRateTable(all.size(), rows, leftOut, unanswered(all, today));
    }

    private static Map<String, List<SafetyRateProcedure>> bySourceAndProduct(List<SafetyRateProcedure> all) {
        Map<String, List<SafetyRateProcedure>> groups = new LinkedHashMap<>();
        all.stream()
                .sorted(Comparator.comparing(SafetyRateProcedure::cellSource)
                        .thenComparing(SafetyRateProcedure::productType))
                .forEach(p -> groups.computeIfAbsent(label(p.cellSource(), p.productType()),
                        k -> new ArrayList<>()).add(p));
        return groups;
    }

    /** The group's words: cell source, then product type. */
    static String label(CellSource source, ProductType type) {
        return source.label() + ", " + type.label();
    }

    private static List<SafetyRateRow> rows(Grouping grouping, String group, List<SafetyRateProcedure> members,
            Map<Long, List<SafetyRateEvent>> eventsOf, Predicate<SafetyRateEvent> counted) {
        List<SafetyRateRow> rows = new ArrayList<>();
        for (Collection collection : Collection.values()) {
            int denominator = 0;
            int withEvent = 0;
            int events = 0;
            for (SafetyRateProcedure p : members) {
                if (collection == Collection.SOLICITED && !p.solicitedAnswer()) {
                    continue;
                }
                denominator++;
                long matching = eventsOf.getOrDefault(p.procedureId(), List.of()).stream()
                        .filter(counted).filter(e -> collected(e, collection)).count();
                events += (int) matching;
                withEvent += matching > 0 ? 1 : 0;
            }
            rows.add(new SafetyRateRow(grouping, group, collection, WilsonInterval.of(withEvent, denominator),
                    events));
        }
        return rows;
    }

    private static boolean collected(SafetyRateEvent e, Collection collection) {
        return switch (collection) {
            case SOLICITED -> e.detection().solicited();
            case PASSIVE -> !e.detection().solicited();
            case EITHER -> true;
        };
    }

    private static SafetyRateTable.Unanswered unanswered(List<SafetyRateProcedure> all, LocalDate today) {
        List<SafetyRateProcedure> without = all.stream().filter(p -> !p.solicitedAnswer()).toList();
        LocalDate last = without.stream().map(SafetyRateProcedure::performedOn).max(Comparator.naturalOrder())
                .orElse(null);
        return new SafetyRateTable.Unanswered(without.size(), last,
                last == null ? null : ChronoUnit.DAYS.between(last, today));
    }
}
