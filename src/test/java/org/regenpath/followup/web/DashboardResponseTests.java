package org.regenpath.followup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regenpath.followup.web.ResponseJson.JSON;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.DueChecklist;
import org.regenpath.followup.DueItem;
import org.regenpath.followup.FollowupDashboardView;
import org.regenpath.followup.TaskState;
import org.regenpath.followup.TimePointCompletion;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.stats.WilsonInterval;

/** The API's own dashboard types read exactly as the module records did, field for field and in order. */
class DashboardResponseTests {

    static FollowupDashboardView dashboard() {
        DueItem overdue = new DueItem(PatientId.of(7), "Doe, Jane", "MRN-0007", 30, "3m", "3 months",
                List.of("KOOS, JR.", "NRS-11"), LocalDate.parse("2026-11-15"), LocalDate.parse("2026-12-01"),
                LocalDate.parse("2026-12-15"), TaskState.OVERDUE, 3);
        DueItem baseline = new DueItem(PatientId.of(8), "Roe, Richard", "MRN-0008", 31, "baseline", "Baseline",
                List.of("NRS-11"), LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-20"), null, TaskState.OPEN,
                0);
        return new FollowupDashboardView(LocalDate.parse("2026-12-18"), List.of(overdue, baseline), 2,
                List.of(new TimePointCompletion("baseline", "Baseline", 4, 3, 1, 1, WilsonInterval.of(3, 4)),
                        new TimePointCompletion("3m", "3 months", 0, 0, 0, 0, WilsonInterval.of(0, 0))),
                "Answered: the primary instrument was submitted", List.of("Knee osteoarthritis: NRS-11"),
                List.of(new FollowupDashboardView.ChecklistRow(PatientId.of(7), "Doe, Jane", "MRN-0007",
                        new DueChecklist(12, PatientId.of(7), 2, LocalDate.parse("2026-12-14"),
                                LocalDate.parse("2026-12-16")), true, 2)));
    }

    @Test
    void serialisesAsTheModuleRecordsDid() {
        for (FollowupDashboardView v : List.of(dashboard(), new FollowupDashboardView(LocalDate.parse("2026-12-18"),
                List.of(), 0, List.of(), "Answered", List.of(), List.of()))) {
            ResponseJson.assertReadsAsRecord(DashboardResponse.of(v), v);
        }
        assertThat(JSON.writeValueAsString(DashboardResponse.of(dashboard())))
                .startsWith("{\"today\":\"2026-12-18\",\"due\":[{\"patientId\":7,\"patientName\":\"Doe, Jane\","
                        + "\"mrn\":\"MRN-0007\",\"scheduleId\":30")
                .contains("\"closesOn\":null,\"state\":\"OPEN\",\"daysOverdue\":0}],\"dueTotal\":2,\"completion\":"
                        + "[{\"timePointId\":\"baseline\",\"label\":\"Baseline\",\"enrolled\":4,\"answered\":3,"
                        + "\"answeredLate\":1,\"stillOpen\":1,\"rate\":{\"successes\":3,\"trials\":4,")
                .endsWith("\"primaryInstruments\":[\"Knee osteoarthritis: NRS-11\"],\"checklists\":[{\"patientId\":7,"
                        + "\"patientName\":\"Doe, Jane\",\"mrn\":\"MRN-0007\",\"checklist\":{\"checklistId\":12,"
                        + "\"patientId\":7,\"dayAfterProcedure\":2,\"performedOn\":\"2026-12-14\",\"dueOn\":\"2026-12-16\"},"
                        + "\"overdue\":true,\"daysOverdue\":2}]}");
    }
}
