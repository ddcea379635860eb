package org.regenpath.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * When a procedure's checklists are due: day N after the procedure is the clinic's local date of the procedure plus
 * N calendar days. The procedure's day is its instant read in the clinic's zone, so a procedure at 23:30 in New
 * York counts from that day although UTC is already on the next, and a daylight-saving change in between moves no
 * due date (dates, not 24-hour periods, are added).
 */
final class ChecklistDays {

    /** One checklist to make: its day after the procedure and its due date. */
    record Due(int day, LocalDate dueOn) {}

    private ChecklistDays() {}

    /** The procedure's day in the clinic. */
    static LocalDate procedureDay(Instant performedAt, ZoneId zone) {
        return LocalDate.ofInstant(performedAt, zone);
    }

    /** The checklists of a procedure performed at {@code performedAt} in a clinic in {@code zone}. */
    static List<Due> of(Instant performedAt, ZoneId zone, List<Integer> days) {
        LocalDate day = procedureDay(performedAt, zone);
        return days.stream().map(d -> new Due(d, day.plusDays(d))).toList();
    }
}
