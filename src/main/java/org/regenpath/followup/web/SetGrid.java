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

    /**
     * An instrument and, per time point in template order, whether the set names it there.
     *
     * @param notSent for staff: why patients are not sent it and what to install, or {@code null} when they are
     * @param askedInstead the short title of the instrument asked in its place while it is not sent, or {@code null}
     */
    record Row(String instrumentId, String shortTitle, String title, boolean primary, List<Boolean> asked,
            String notSent, String askedInstead) {}

    /** The template's time points. */
    public List<TimePoint> columns() {
        return template.timePoints();
    }

    /**
     * The grid of a set.
     *
     * @param titles an instrument's short title, title and (null when it is sent) why it is not sent to patients
     */
    static SetGrid of(InstrumentSet set, ScheduleTemplate template, Function<String, String[]> titles) {
        List<Row> rows = set.instruments().stream().map(p -> {
            String[] t = titles.apply(p.instrumentId());
            String instead = t[2] == null || p.whenWordingNotInstalled() == null ? null
                    : titles.apply(p.whenWordingNotInstalled())[0];
            return new Row(p.instrumentId(), t[0], t[1], p == set.instruments().get(0),
                    template.timePoints().stream().map(p::appliesAt).toList(), t[2], instead);
        }).toList();
        return new SetGrid(template, rows);
    }
}
