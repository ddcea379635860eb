package org.regenpath.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regenpath.shared.stats.WilsonInterval;

/**
 * Completion per time point across a clinic (the attrition view). Pure.
 *
 * <p>A schedule is <em>enrolled</em> at a time point once the window of any of its questionnaires at that time
 * point has opened and not all of them were cancelled; it has <em>answered</em> when the questionnaire of its
 * primary instrument (the first of its instrument set: the pain rating, or the NDI for neck pain) was submitted for
 * that time point, on time or late. The rate is answered out of enrolled with its 95 % Wilson score interval.
 */
final class Attrition {

    private Attrition() {}

    /** What "answered" means, as the dashboard states it. */
    static final String ANSWERED_MEANS = "A patient counts as answered at a time point when the questionnaire of "
            + "the primary instrument of their instrument set (the first one listed below) was submitted for that "
            + "time point, on time or late; the other questionnaires of the time point do not count. Enrolled "
            + "counts every follow-up schedule (one per approved treatment plan) whose window for that time point "
            + "has opened and was not cancelled by a change of protocol; a baseline missed because the procedure "
            + "came first counts as enrolled and not answered.";

    /**
     * The completion per time point.
     *
     * @param schedules the clinic's schedules
     * @param opened the clinic's tasks whose window has opened by {@code today}, cancelled ones left out
     * @param lateTasks the tasks whose response came after the window closed
     * @param defaults the templates the schedules name
     * @param sets the instrument set a schedule names, by its id
     * @param today the day the windows are judged on
     */
    static List<TimePointCompletion> of(List<ScheduleRow> schedules, List<TaskRow> opened, Set<Long> lateTasks,
            FollowupDefaults defaults, Function<String, InstrumentSet> sets, LocalDate today) {
        Map<Long, ScheduleRow> byId = schedules.stream().collect(Collectors.toMap(ScheduleRow::id,
                Function.identity()));
        Map<String, Map<Long, List<TaskRow>>> byPoint = new LinkedHashMap<>();
        for (TaskRow t : opened) {
            if (t.status() != TaskStatus.CANCELLED && byId.containsKey(t.scheduleId())) {
                byPoint.computeIfAbsent(t.planned().timePointId(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(t.scheduleId(), k -> new ArrayList<>()).add(t);
            }
        }
        List<TimePointCompletion> out = new ArrayList<>();
        for (TimePoint point : timePoints(defaults)) {
            Map<Long, List<TaskRow>> enrolled = byPoint.getOrDefault(point.id(), Map.of());
            int answered = 0;
            int late = 0;
            int stillOpen = 0;
            for (Map.Entry<Long, List<TaskRow>> e : enrolled.entrySet()) {
                String primary = primary(sets.apply(byId.get(e.getKey()).instrumentSetId()));
                Optional<TaskRow> task = e.getValue().stream()
                        .filter(t -> t.planned().instrumentId().equals(primary)).findFirst();
                TaskState state = task.map(t -> TaskState.of(t.status(), t.planned().opensOn(),
                        t.planned().closesOn(), today)).orElse(TaskState.CANCELLED);
                if (state == TaskState.COMPLETED) {
                    answered++;
                    if (lateTasks.contains(task.get().id())) {
                        late++;
                    }
                } else if (state == TaskState.OPEN) {
                    stillOpen++;
                }
            }
            out.add(new TimePointCompletion(point.id(), point.label(), enrolled.size(), answered, late, stillOpen,
                    WilsonInterval.of(answered, enrolled.size())));
        }
        return out;
    }

    /** The primary instrument of a set: its first. */
    static String primary(InstrumentSet set) {
        return set == null || set.instruments().isEmpty() ? "" : set.instruments().get(0).instrumentId();
    }

    /** Every time point of every template, once, in order of months after the procedure (baseline first). */
    static List<TimePoint> timePoints(FollowupDefaults defaults) {
        Map<String, TimePoint> all = new LinkedHashMap<>();
        defaults.scheduleTemplates().forEach(t -> t.timePoints().forEach(p -> all.putIfAbsent(p.id(), p)));
        return all.values().stream().sorted(Comparator.comparingInt(TimePoint::offsetMonths)).toList();
    }
}
