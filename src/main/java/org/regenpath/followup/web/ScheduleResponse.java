package org.regenpath.followup.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.followup.ScheduleView;
import org.regenpath.shared.PatientId;

/**
 * A follow-up schedule with its tasks as the JSON API sends it (decision 0038): its own type, so the module may
 * change {@link ScheduleView} without changing what clients read. Field names, order and values are those clients
 * have always read; the schema keeps its published name.
 */
@Schema(name = "ScheduleView")
record ScheduleResponse(long id, PatientId patientId, long planId, String conditionName, String instrumentSetId,
        String instrumentSetLabel, String templateId, String templateLabel, LocalDate plannedProcedure,
        LocalDate procedureDate, String note, int version, List<TaskResponse> tasks, List<String> notSent) {

    static ScheduleResponse of(ScheduleView s) {
        return new ScheduleResponse(s.id(), s.patientId(), s.planId(), s.conditionName(), s.instrumentSetId(),
                s.instrumentSetLabel(), s.templateId(), s.templateLabel(), s.plannedProcedure(), s.procedureDate(),
                s.note(), s.version(), s.tasks().stream().map(TaskResponse::of).toList(), s.notSent());
    }
}
