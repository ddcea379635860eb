package org.regenpath.followup;

import java.time.Instant;

/** A row of {@code followup_task}. */
record TaskRow(long id, long scheduleId, long clinicId, long patientId, PlannedTask planned, TaskStatus status,
        String draftAnswers, Instant draftSavedAt, Long responseId, String cancelledReason, int version) {

    ScheduleChanges.Existing existing() {
        return new ScheduleChanges.Existing(id, planned.key(), status, draftAnswers != null, planned);
    }
}
