package org.regenpath.safety;

import java.time.LocalDate;
import java.util.List;
import org.regenpath.shared.PatientId;

/**
 * A clinic's reporting clocks not yet submitted, as a safety dashboard shows them: overdue, due soon and open, the
 * earliest deadline first.
 *
 * @param today the clinic's date
 * @param lines one per clock
 */
public record ReportingClockDashboard(LocalDate today, List<Line> lines) {

    public ReportingClockDashboard {
        lines = List.copyOf(lines);
    }

    /**
     * One clock.
     *
     * @param patient whose event
     * @param patientName the patient's name, family name first
     * @param mrn the medical record number
     * @param eventId the adverse event
     * @param asks what must be sent, in words
     * @param citation the regulation
     * @param dayZero the clinic's date on which it first knew
     * @param deadline the last day on which the report is on time
     * @param standing open, due soon or overdue
     * @param daysLeft calendar days to the deadline; negative when overdue
     */
    public record Line(PatientId patient, String patientName, String mrn, long eventId, String asks, String citation,
            LocalDate dayZero, LocalDate deadline, ReportingClock.Standing standing, long daysLeft) {}

    /** How many are overdue. */
    public long overdue() {
        return lines.stream().filter(l -> l.standing() == ReportingClock.Standing.OVERDUE).count();
    }
}
