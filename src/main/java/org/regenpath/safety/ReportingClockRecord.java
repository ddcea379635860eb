package org.regenpath.safety;

import java.time.Instant;
import java.time.LocalDate;
import org.regenpath.shared.PatientId;

/**
 * A stored reporting clock of one adverse event.
 *
 * @param id the clock's id
 * @param patientId whose event
 * @param eventId the adverse event that started it
 * @param clock the duty and its dates
 * @param openedBy who opened it
 * @param submittedAt when it was marked submitted, or {@code null} while open
 * @param submittedBy who marked it submitted, or {@code null} while open
 * @param submittedOn the clinic's day the report was sent, or {@code null} (open, or marked before it was asked)
 * @param submittedReference the report's reference, or {@code null}
 */
public record ReportingClockRecord(long id, PatientId patientId, long eventId, ReportingClock clock, String openedBy, Instant submittedAt,
        String submittedBy, LocalDate submittedOn, String submittedReference) {

    /** Whether the report was marked submitted. */
    public boolean submitted() {
        return submittedAt != null;
    }

    /** Whether it was submitted after the end of the deadline day in the clinic's zone. */
    public boolean submittedLate() {
        return submittedAt != null && !submittedAt.isBefore(clock.endsAt());
    }
}
