package org.regenpath.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What regenerating a schedule changes, worked out before anything is written. Pure.
 *
 * <p>Nothing answered is ever lost: a task with a submitted response or a saved draft is kept even when the new
 * protocol no longer asks it (it stays on the schedule, marked as kept from the earlier protocol); a missed
 * baseline stays missed. Unanswered
 * tasks the new protocol does not ask are cancelled (kept as history, not deleted); unanswered tasks it still asks
 * take the new dates; tasks it adds are created. REDCap's locked schedules are the pain this avoids.
 *
 * @param add tasks to create
 * @param redate pending tasks whose dates change, by task id
 * @param cancel pending unanswered tasks to cancel, by task id
 * @param keptAnswered task ids the new protocol no longer asks but that have answers, so they stay
 */
record ScheduleChanges(List<PlannedTask> add, Map<Long, PlannedTask> redate, List<Long> cancel,
        List<Long> keptAnswered) {

    /** A task as it stands. */
    record Existing(long id, String key, TaskStatus status, boolean hasDraft, PlannedTask dates) {
        Existing {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(status, "status");
        }

        boolean hasAnswers() {
            return status == TaskStatus.COMPLETED || hasDraft;
        }
    }

    static ScheduleChanges between(List<Existing> existing, List<PlannedTask> wanted) {
        Map<String, PlannedTask> byKey = new LinkedHashMap<>();
        wanted.forEach(t -> byKey.put(t.key(), t));
        Map<String, Existing> live = new LinkedHashMap<>();
        List<Long> cancel = new ArrayList<>();
        List<Long> kept = new ArrayList<>();
        Map<Long, PlannedTask> redate = new LinkedHashMap<>();
        for (Existing e : existing) {
            if (e.status() == TaskStatus.CANCELLED) {
                continue;
            }
            live.put(e.key(), e);
            PlannedTask want = byKey.get(e.key());
            boolean pending = e.status() == TaskStatus.PENDING;
            if (want == null) {
                if (e.hasAnswers()) {
                    kept.add(e.id());
                } else if (pending) {
                    cancel.add(e.id());
                }
            } else if (pending && !sameDates(e.dates(), want)) {
                redate.put(e.id(), want);
            }
        }
        List<PlannedTask> add = wanted.stream().filter(t -> !live.containsKey(t.key())).toList();
        return new ScheduleChanges(add, redate, cancel, kept);
    }

    boolean isEmpty() {
        return add.isEmpty() && redate.isEmpty() && cancel.isEmpty();
    }

    private static boolean sameDates(PlannedTask a, PlannedTask b) {
        return a != null && a.opensOn().equals(b.opensOn()) && a.dueOn().equals(b.dueOn())
                && Objects.equals(a.closesOn(), b.closesOn());
    }
}
