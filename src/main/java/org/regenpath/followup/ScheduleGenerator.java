package org.regenpath.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Turns an instrument set and a schedule template into dated tasks. Pure.
 *
 * <p>The baseline is asked before the procedure: its window opens {@code windowDaysBefore} days before the planned
 * procedure day (or on the day the plan is approved, when that is later) and closes when the procedure is recorded.
 * Follow-ups are dated from the day the procedure was performed, each with the window of its time point
 * ({@link TimePoint#opens}, {@link TimePoint#closes}). An instrument patients cannot be shown (licensed wording not
 * installed) is never scheduled; its replacement is, where the set names one
 * ({@link InstrumentSet#instrumentsAt(TimePoint, Predicate)}).
 */
final class ScheduleGenerator {

    private ScheduleGenerator() {}

    /**
     * The baseline tasks.
     *
     * @param plannedProcedure the planned procedure day, or {@code null} when the plan has none
     * @param today the day the schedule is made
     * @param answerable whether patients can be shown an instrument
     */
    static List<PlannedTask> baseline(InstrumentSet set, ScheduleTemplate template, LocalDate plannedProcedure,
            LocalDate today, Predicate<String> answerable) {
        TimePoint point = template.timePoints().get(0);
        LocalDate due = plannedProcedure == null || plannedProcedure.isBefore(today) ? today : plannedProcedure;
        LocalDate windowOpens = due.minusDays(point.windowDaysBefore());
        LocalDate opens = windowOpens.isAfter(today) ? windowOpens : today;
        List<PlannedTask> out = new ArrayList<>();
        int position = 0;
        for (String instrument : set.instrumentsAt(point, answerable)) {
            out.add(new PlannedTask(point.id(), point.label(), true, 0, position++, instrument, opens, due, null));
        }
        return out;
    }

    /** The follow-up tasks for a procedure performed on {@code procedureDate}. */
    static List<PlannedTask> followUps(InstrumentSet set, ScheduleTemplate template, LocalDate procedureDate,
            Predicate<String> answerable) {
        List<PlannedTask> out = new ArrayList<>();
        int position = 100;
        for (TimePoint point : template.timePoints()) {
            if (point.baseline()) {
                continue;
            }
            for (String instrument : set.instrumentsAt(point, answerable)) {
                out.add(new PlannedTask(point.id(), point.label(), false, point.offsetMonths(), position++,
                        instrument, point.opens(procedureDate), point.due(procedureDate),
                        point.closes(procedureDate)));
            }
        }
        return out;
    }
}
