package org.regenpath.followup.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.regenpath.followup.TaskState;
import org.regenpath.followup.TaskStatus;
import org.regenpath.followup.TaskView;

/**
 * A follow-up task as the JSON API sends it (decision 0038): its own type, so the module may change
 * {@link TaskView} without changing what clients read. Field names, order and values are those clients have always
 * read; the schema keeps its published name.
 */
@Schema(name = "TaskView")
record TaskResponse(long id, long scheduleId, String timePointId, String timePointLabel, boolean baseline,
        String instrumentId, String instrumentTitle, LocalDate opensOn, LocalDate dueOn, LocalDate closesOn,
        TaskStatus status, TaskState state, Instant draftSavedAt, Long responseId, Instant submittedAt,
        LocalDate answeredOn, String enteredBy, boolean late, boolean keptFromEarlierProtocol, int version) {

    static TaskResponse of(TaskView t) {
        return new TaskResponse(t.id(), t.scheduleId(), t.timePointId(), t.timePointLabel(), t.baseline(),
                t.instrumentId(), t.instrumentTitle(), t.opensOn(), t.dueOn(), t.closesOn(), t.status(), t.state(),
                t.draftSavedAt(), t.responseId(), t.submittedAt(), t.answeredOn(), t.enteredBy(), t.late(),
                t.keptFromEarlierProtocol(), t.version());
    }
}
