package org.regenpath.followup.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.followup.InstrumentTrajectory;
import org.regenpath.followup.ScheduleTrajectory;
import org.regenpath.followup.TaskState;
import org.regenpath.followup.TrajectoryPoint;
import org.regenpath.instrument.Direction;
import org.regenpath.instrument.ResponderStatus;
import org.regenpath.instrument.Threshold;

/**
 * A schedule's outcome trajectories as the JSON API sends them (decision 0038): its own types, so the follow-up and
 * instrument modules may change {@link ScheduleTrajectory} and what it holds without changing what clients read.
 * Field names, order and values are those clients have always read; the schemas keep their published names.
 */
@Schema(name = "ScheduleTrajectory")
record TrajectoryResponse(long scheduleId, String conditionName, String instrumentSetLabel, LocalDate procedureDate,
        List<Instrument> instruments) {

    /** One instrument's (or subscale's) scores over time. */
    @Schema(name = "InstrumentTrajectory")
    record Instrument(String instrumentId, String title, String scale, String scaleLabel, Direction direction,
            BigDecimal min, BigDecimal max, McidResponse mcid, Double baselineScore, Double mcidThreshold,
            String thresholdNote, int timePointsOpened, int timePointsScheduled, int responses, int scoredResponses,
            String summary, List<Point> points) {

        static Instrument of(InstrumentTrajectory t) {
            return new Instrument(t.instrumentId(), t.title(), t.scale(), t.scaleLabel(), t.direction(), t.min(),
                    t.max(), McidResponse.of(t.mcid()), t.baselineScore(), t.mcidThreshold(), t.thresholdNote(),
                    t.timePointsOpened(), t.timePointsScheduled(), t.responses(), t.scoredResponses(), t.summary(),
                    t.points().stream().map(Point::of).toList());
        }
    }

    /** One time point of a trajectory. */
    @Schema(name = "TrajectoryPoint")
    record Point(long taskId, String timePointId, String timePointLabel, boolean baseline, LocalDate dueOn,
            TaskState state, LocalDate answeredOn, boolean late, boolean scored, Double score, String band,
            String note, Responder responder, Boolean pgicResponder, String verdict) {

        static Point of(TrajectoryPoint p) {
            return new Point(p.taskId(), p.timePointId(), p.timePointLabel(), p.baseline(), p.dueOn(), p.state(),
                    p.answeredOn(), p.late(), p.scored(), p.score(), p.band(), p.note(), Responder.of(p.responder()),
                    p.pgicResponder(), p.verdict());
        }
    }

    /** How a follow-up score compares with the baseline. */
    @Schema(name = "ResponderStatus")
    record Responder(String instrumentId, BigDecimal baseline, BigDecimal followUp, BigDecimal improvement,
            BigDecimal percentImprovement, Threshold thirtyPercent, Threshold fiftyPercent, Threshold mcid,
            McidResponse mcidUsed, String note) {

        static Responder of(ResponderStatus r) {
            return r == null ? null : new Responder(r.instrumentId(), r.baseline(), r.followUp(), r.improvement(),
                    r.percentImprovement(), r.thirtyPercent(), r.fiftyPercent(), r.mcid(),
                    McidResponse.of(r.mcidUsed()), r.note());
        }
    }

    static TrajectoryResponse of(ScheduleTrajectory t) {
        return new TrajectoryResponse(t.scheduleId(), t.conditionName(), t.instrumentSetLabel(), t.procedureDate(),
                t.instruments().stream().map(Instrument::of).toList());
    }
}
