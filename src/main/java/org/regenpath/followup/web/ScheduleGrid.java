package org.regenpath.followup.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.regenpath.followup.ScheduleView;
import org.regenpath.followup.TaskState;
import org.regenpath.followup.TaskView;

/**
 * A schedule laid out for the page: one row per time point, one column per instrument, each cell the task asked
 * there (a cancelled task only when nothing else is asked in its place).
 *
 * @param instruments the instrument columns, in schedule order
 * @param rows the time points, in schedule order
 */
record ScheduleGrid(List<Column> instruments, List<Row> rows) {

    /** An instrument column, headed by its short name (the full title as its tooltip). */
    record Column(String instrumentId, String title, String shortTitle) {}

    /** A time point with its window and its task per instrument id (absent: not asked there). */
    record Row(String timePointId, String label, LocalDate opensOn, LocalDate dueOn, LocalDate closesOn,
            Map<String, TaskView> cells) {

        public TaskView cell(String instrumentId) {
            return cells.get(instrumentId);
        }
    }

    static ScheduleGrid of(ScheduleView schedule, Function<String, String> shortTitle) {
        Map<String, Column> columns = new LinkedHashMap<>();
        Map<String, Map<String, TaskView>> cells = new LinkedHashMap<>();
        Map<String, TaskView> firstOfRow = new LinkedHashMap<>();
        for (TaskView t : schedule.tasks()) {
            columns.putIfAbsent(t.instrumentId(), new Column(t.instrumentId(), t.instrumentTitle(),
                    shortTitle.apply(t.instrumentId())));
            Map<String, TaskView> row = cells.computeIfAbsent(t.timePointId(), k -> new LinkedHashMap<>());
            TaskView there = row.get(t.instrumentId());
            if (there == null || there.state() == TaskState.CANCELLED) {
                row.put(t.instrumentId(), t);
            }
            TaskView first = firstOfRow.get(t.timePointId());
            if (first == null || first.state() == TaskState.CANCELLED && t.state() != TaskState.CANCELLED) {
                firstOfRow.put(t.timePointId(), t);
            }
        }
        List<Row> rows = new ArrayList<>();
        cells.forEach((timePoint, row) -> {
            TaskView w = firstOfRow.get(timePoint);
            rows.add(new Row(timePoint, w.timePointLabel(), w.opensOn(), w.dueOn(), w.closesOn(), row));
        });
        return new ScheduleGrid(List.copyOf(columns.values()), rows);
    }
}
