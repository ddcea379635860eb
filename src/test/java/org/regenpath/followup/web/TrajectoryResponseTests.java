package org.regenpath.followup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regenpath.followup.web.ResponseJson.JSON;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.InstrumentTrajectory;
import org.regenpath.followup.ScheduleTrajectory;
import org.regenpath.followup.TaskState;
import org.regenpath.followup.TrajectoryPoint;
import org.regenpath.instrument.Direction;
import org.regenpath.instrument.Mcid;
import org.regenpath.instrument.ResponderStatus;
import org.regenpath.instrument.Threshold;

/** The API's own trajectory types read exactly as the module records did, field for field and in order. */
class TrajectoryResponseTests {

    static final Mcid MCID = new Mcid(new BigDecimal("2"), "points on the 0-10 scale", "Farrar 2001", true);

    static ScheduleTrajectory trajectory() {
        TrajectoryPoint baseline = new TrajectoryPoint(301, "baseline", "Baseline", true, LocalDate.parse("2026-12-01"),
                TaskState.COMPLETED, LocalDate.parse("2026-11-30"), false, true, 7.0, "Severe", null, null, null,
                "Baseline");
        TrajectoryPoint reached = new TrajectoryPoint(302, "3m", "3 months", false, LocalDate.parse("2027-03-01"),
                TaskState.COMPLETED, LocalDate.parse("2027-03-02"), true, true, 3.5, "Mild", "One item missing",
                new ResponderStatus("nrs-pain", new BigDecimal("7"), new BigDecimal("3.5"), new BigDecimal("3.5"),
                        new BigDecimal("50.0"), Threshold.REACHED, Threshold.REACHED, Threshold.REACHED, MCID, null),
                true, "Responder (50 %)");
        TrajectoryPoint open = new TrajectoryPoint(303, "6m", "6 months", false, LocalDate.parse("2027-06-01"),
                TaskState.UPCOMING, null, false, false, null, null, null,
                new ResponderStatus("nrs-pain", null, null, null, null, Threshold.NOT_APPLICABLE,
                        Threshold.NOT_APPLICABLE, Threshold.NOT_APPLICABLE, null, "No baseline"),
                null, "Not yet open");
        InstrumentTrajectory nrs = new InstrumentTrajectory("nrs-pain", "Pain intensity (NRS-11)", "total", "Total",
                Direction.LOWER_IS_BETTER, BigDecimal.ZERO, BigDecimal.TEN, MCID, 7.0, 5.0, null, 2, 3, 2, 2,
                "Answered at 2 of 3 time points so far (n = 2); 1 still to come.", List.of(baseline, reached, open));
        InstrumentTrajectory pgic = new InstrumentTrajectory("pgic", "PGIC", "total", "Total", Direction.NOT_ORDERED,
                BigDecimal.ONE, new BigDecimal("7"), null, null, null, "No MCID", 0, 1, 0, 0, "Not answered (n = 0).",
                List.of());
        return new ScheduleTrajectory(30, "Knee osteoarthritis", "Knee (KOOS)", LocalDate.parse("2026-12-02"),
                List.of(nrs, pgic));
    }

    @Test
    void serialisesAsTheModuleRecordsDid() {
        for (ScheduleTrajectory t : List.of(trajectory(),
                new ScheduleTrajectory(31, null, "General", null, List.of()))) {
            ResponseJson.assertReadsAsRecord(TrajectoryResponse.of(t), t);
        }
        assertThat(JSON.writeValueAsString(TrajectoryResponse.of(trajectory())))
                .startsWith("{\"scheduleId\":30,\"conditionName\":\"Knee osteoarthritis\",\"instrumentSetLabel\"")
                .contains("\"mcid\":{\"value\":2,\"unit\":\"points on the 0-10 scale\",\"source\":\"Farrar 2001\","
                        + "\"verified\":true},\"baselineScore\":7.0,\"mcidThreshold\":5.0")
                .contains("\"responder\":{\"instrumentId\":\"nrs-pain\",\"baseline\":7,\"followUp\":3.5",
                        "\"mcid\":\"REACHED\",\"mcidUsed\":{\"value\":2,", "\"pgicResponder\":true,"
                                + "\"verdict\":\"Responder (50 %)\"}");
    }
}
