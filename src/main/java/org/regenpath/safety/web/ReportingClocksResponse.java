package org.regenpath.safety.web;

import java.time.LocalDate;
import java.util.List;
import org.regenpath.safety.ReportingClockDashboard;

/**
 * The clinic's reporting clocks not yet submitted.
 *
 * @param today the clinic's date the standings are counted on
 * @param overdue how many are overdue
 * @param clocks one per clock, the earliest deadline first
 */
record ReportingClocksResponse(LocalDate today, long overdue, List<Clock> clocks) {

    /**
     * One clock.
     *
     * @param patientId whose event
     * @param patientName the patient's name, family name first
     * @param mrn the medical record number
     * @param eventId the adverse event that started it
     * @param asks what must be sent, in words
     * @param citation the regulation
     * @param dayZero the clinic's date on which it first knew
     * @param deadline the last day on which the report is on time
     * @param standing {@code OPEN}, {@code DUE_SOON} or {@code OVERDUE}
     * @param daysLeft calendar days to the deadline; negative when overdue
     */
    record Clock(long patientId, String patientName, String mrn, long eventId, String asks, String citation,
            LocalDate dayZero, LocalDate deadline, String standing, long daysLeft) {}

    static ReportingClocksResponse of(ReportingClockDashboard d) {
        return new ReportingClocksResponse(d.today(), d.overdue(), d.lines().stream()
                .map(l -> new Clock(l.patient().value(), l.patientName(), l.mrn(), l.eventId(), l.asks(),
                        l.citation(), l.dayZero(), l.deadline(), l.standing().name(), l.daysLeft()))
                .toList());
    }
}
