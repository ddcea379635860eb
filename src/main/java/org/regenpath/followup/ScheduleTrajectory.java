package org.regenpath.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * The trajectories of one follow-up schedule (one treatment plan) of a patient.
 *
 * @param scheduleId the schedule
 * @param conditionName the condition treated, or {@code null}
 * @param instrumentSetLabel the instrument set in use
 * @param procedureDate the day of the procedure, or {@code null} before it is recorded
 * @param instruments one trajectory per instrument and scale, in schedule order
 */
public record ScheduleTrajectory(long scheduleId, String conditionName, String instrumentSetLabel,
        LocalDate procedureDate, List<InstrumentTrajectory> instruments) {

    public ScheduleTrajectory {
        instruments = List.copyOf(instruments);
    }
}
