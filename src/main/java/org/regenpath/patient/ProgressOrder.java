package org.regenpath.patient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.regenpath.shared.Paging;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ResultPage;

/**
 * The patient list filtered by stage or condition, or sorted by where patients stand: in memory, over every patient
 * of the clinic the search matched, because stage, condition and next due day live in other modules' tables.
 */
final class ProgressOrder {

    private ProgressOrder() {}

    /**
     * One page of {@code found} (already in the SQL order of {@code sort}, or by name for an order by progress), each
     * with where they stand per {@code progress}, keeping those at {@code stage} with the condition named
     * {@code condition} (either null for all), ordered by {@code sort} when it is an order by progress; ties keep
     * the order they came in, so paging never skips or repeats a patient.
     */
    static ResultPage<PatientListEntry> page(List<PatientView> found, Map<PatientId, PatientProgress> progress,
            StageFilter stage, String condition, LocalDate today, PatientSort sort, boolean descending,
            Paging paging) {
        List<PatientListEntry> rows = new ArrayList<>();
        for (PatientView p : found) {
            PatientProgress where = PatientProgress.NONE.merge(progress.getOrDefault(p.id(), PatientProgress.NONE));
            if ((stage == null || stage.matches(where, today))
                    && (condition == null || condition.equals(where.condition()))) {
                rows.add(new PatientListEntry(p, where));
            }
        }
        if (sort.byProgress()) {
            rows.sort(order(sort, descending));
        }
        int from = (int) Math.min(rows.size(), paging.offset());
        int to = Math.min(rows.size(), from + paging.size());
        return new ResultPage<>(List.copyOf(rows.subList(from, to)), paging.page(), paging.size(), rows.size());
    }

    /** The order by one part of where patients stand; a patient without that part comes last either way. */
    static Comparator<PatientListEntry> order(PatientSort sort, boolean descending) {
        return switch (sort) {
            case STAGE -> by(e -> e.progress().stage(), descending);
            case CONDITION -> by(e -> e.progress().condition() == null ? null
                    : e.progress().condition().toLowerCase(), descending);
            case DUE -> by(e -> e.progress().nextDue(), descending);
            default -> throw new IllegalArgumentException(sort + " is an order of the database");
        };
    }

    private static <K extends Comparable<? super K>> Comparator<PatientListEntry> by(
            Function<PatientListEntry, K> key, boolean descending) {
        Comparator<K> natural = Comparator.naturalOrder();
        return Comparator.comparing(key, Comparator.nullsLast(descending ? natural.reversed() : natural));
    }
}
