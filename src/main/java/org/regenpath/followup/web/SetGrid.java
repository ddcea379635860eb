package org.regenpath.followup.web;

import java.util.List;
import java.util.function.Function;
import org.regenpath.followup.InstrumentSet;
import org.regenpath.followup.ScheduleTemplate;
import org.regenpath.followup.TimePoint;

/**
 * An instrument set laid out for the page: one row per instrument (the primary outcome first), one column per time
 * point of its schedule template, each cell whether the instrument is asked there.
 *
 * @param template the schedule template whose time points head the columns
 * @param rows the instruments
 */
record SetGrid(ScheduleTemplate template, List<Row> rows) {

    /** An instrument and, per time point in template order, whether it is asked. */
    record Row(String instrumentId, String shortTitle, String title, boolean primary, List<Boolean> asked) {}

    /** The template's time points. */
    public List<TimePoint> columns() {
        return template.timePoints();
    }

    static SetGrid of(InstrumentSet set, ScheduleTemplate template, Function<String, String[]> titles) {
        List<Row> rows = set.instruments().stream().map(p -> {
            String[] t = titles.apply(p.instrumentId());
            return new Row(p.instrumentId(), t[0], t[1], p == set.instruments().get(0),
                    template.timePoints().stream().map(p::appliesAt).toList());
        }).toList();
        return new SetGrid(template, rows);
    }
}
