package org.regenpath.safety.web;

import java.time.Instant;
import java.time.LocalDate;
import org.regenpath.safety.ReportingClockRecord;

/**
 * One of an event's reporting clocks after it was marked sent.
 *
 * @param eventId the adverse event
 * @param kind the duty ({@code IND_SAFETY_REPORT}, {@code IND_FATAL_OR_LIFE_THREATENING} or
 *     {@code HCTP_ADVERSE_REACTION})
 * @param citation the regulation
 * @param dayZero the clinic's date on which it first knew
 * @param deadline the last day on which the report is on time
 * @param submittedOn the clinic's date the report was sent
 * @param submittedAt when it was marked sent
 * @param submittedBy who marked it
 * @param reference the report's reference, or {@code null}
 * @param late whether it was sent after the deadline day ended in the clinic's zone
 */
record ReportingClockSubmissionResponse(long eventId, String kind, String citation, LocalDate dayZero,
        LocalDate deadline, LocalDate submittedOn, Instant submittedAt, String submittedBy, String reference,
        boolean late) {

    static ReportingClockSubmissionResponse of(ReportingClockRecord r) {
        return new ReportingClockSubmissionResponse(r.eventId(), r.clock().rule().kind().name(),
                r.clock().rule().citation(), r.clock().dayZero(), r.clock().deadline(), r.submittedOn(),
                r.submittedAt(), r.submittedBy(), r.submittedReference(), r.submittedLate());
    }
}
