package org.regenpath.followup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regenpath.followup.web.ResponseJson.JSON;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.ScheduleView;
import org.regenpath.followup.TaskState;
import org.regenpath.followup.TaskStatus;
import org.regenpath.followup.TaskView;
import org.regenpath.shared.PatientId;

/** The API's own task and schedule types read exactly as the module records did, field for field and in order. */
class TaskResponseTests {

    /** A task pending with nothing optional set, or completed by staff with every optional field set. */
    static TaskView task(boolean completed) {
        if (!completed) {
            return new TaskView(301, 30, "baseline", "Baseline", true, "nrs-pain", "Pain intensity (NRS-11)",
                    LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-01"), null, TaskStatus.PENDING,
                    TaskState.OPEN, null, null, null, null, null, false, false, 0);
        }
        return new TaskView(302, 30, "3m", "3 months", false, "koos-jr", "KOOS, JR.", LocalDate.parse("2027-02-15"),
                LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-15"), TaskStatus.COMPLETED,
                TaskState.COMPLETED, Instant.parse("2027-02-20T10:00:00.123456Z"), 77L,
                Instant.parse("2027-02-21T09:30:00Z"), LocalDate.parse("2027-02-19"), "Carol Coordinator", true, true,
                4);
    }

    static ScheduleView schedule(boolean complete) {
        return complete
                ? new ScheduleView(30, PatientId.of(7), 12, "Knee osteoarthritis", "knee-oa", "Knee (KOOS)",
                        "default", "Standard follow-up", LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-02"),
                        "Fell back to the standard template", 3, List.of(task(false), task(true)),
                        List.of("ODI: licensed wording not installed"))
                : new ScheduleView(31, PatientId.of(7), 13, null, "general", "General", "default", "Standard",
                        null, null, null, 0, List.of(), List.of());
    }

    @Test
    void aTaskSerialisesAsTheModuleRecordDid() {
        for (boolean completed : new boolean[] {false, true}) {
            TaskView task = task(completed);
            ResponseJson.assertReadsAsRecord(TaskResponse.of(task), task);
        }
        assertThat(JSON.writeValueAsString(TaskResponse.of(task(true))))
                .startsWith("{\"id\":302,\"scheduleId\":30,\"timePointId\":\"3m\"")
                .contains("\"status\":\"COMPLETED\",\"state\":\"COMPLETED\"", "\"responseId\":77")
                .endsWith("\"late\":true,\"keptFromEarlierProtocol\":true,\"version\":4}");
    }

    @Test
    void aScheduleSerialisesAsTheModuleRecordDid() {
        for (boolean complete : new boolean[] {false, true}) {
            ScheduleView schedule = schedule(complete);
            ResponseJson.assertReadsAsRecord(ScheduleResponse.of(schedule), schedule);
        }
        assertThat(JSON.writeValueAsString(ScheduleResponse.of(schedule(true))))
                .startsWith("{\"id\":30,\"patientId\":7,\"planId\":12,\"conditionName\":\"Knee osteoarthritis\"")
                .contains("\"version\":3,\"tasks\":[{\"id\":301,")
                .endsWith("\"notSent\":[\"ODI: licensed wording not installed\"]}");
    }
}
