package org.regenpath.followup;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One instrument asked at one time point of a schedule, with the dates of its window.
 *
 * @param timePointId the time point ({@code baseline}, {@code 3m}, ...)
 * @param timePointLabel the time point's name
 * @param baseline whether it is the pre-procedure baseline
 * @param offsetMonths months after the procedure (0 for the baseline)
 * @param position the order within the schedule (time point order, then instrument order)
 * @param instrumentId the instrument
 * @param opensOn the first day answers count as on time
 * @param dueOn the due date
 * @param closesOn the last day answers count as on time, or {@code null} for a baseline whose procedure is not yet
 *     recorded (it closes when the procedure is)
 */
public record PlannedTask(String timePointId, String timePointLabel, boolean baseline, int offsetMonths,
        int position, String instrumentId, LocalDate opensOn, LocalDate dueOn, LocalDate closesOn) {

    public PlannedTask {
        Objects.requireNonNull(timePointId, "timePointId");
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(opensOn, "opensOn");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    /** Identifies the task within its schedule: the same instrument at the same time point. */
    public String key() {
        return key(timePointId, instrumentId);
    }

    static String key(String timePointId, String instrumentId) {
        return timePointId + "/" + instrumentId;
    }
}
