package org.regenpath.followup;

import java.time.Instant;

/**
 * Why a schedule's baseline was not collected before the procedure, as last recorded.
 *
 * @param scheduleId the schedule
 * @param reason the reason from the list
 * @param note the free text, or {@code null}
 * @param recordedBy the display name of who recorded it
 * @param recordedAt when
 */
public record BaselineExplanation(long scheduleId, BaselineReason reason, String note, String recordedBy,
        Instant recordedAt) {

    /** The reason and note in plain words, as the chart and the task grid show it. */
    public String describe() {
        return reason.label() + (note == null ? "" : ": " + note);
    }
}
