package org.regenpath.followup.web;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.regenpath.instrument.Direction;
import org.regenpath.followup.FollowupTrajectories;
import org.regenpath.followup.InstrumentTrajectory;
import org.regenpath.instrument.ResponderStatus;
import org.regenpath.followup.ScheduleTrajectory;
import org.regenpath.followup.TaskState;
import org.regenpath.followup.TrajectoryPoint;
import org.regenpath.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A patient's own progress on their phone: per instrument, a chart drawn on the server over the instrument's whole
 * range with the before-treatment score as a line, the same numbers as a table, and the latest comparison with
 * before treatment in plain words (computed by {@code Responders}: IMMPACT percentages for pain, the instrument's
 * MCID otherwise). Only the patient's own record (the registry refuses anything else).
 */
@Controller
class PortalProgress {

    static final int WIDTH = 340;
    static final int HEIGHT = 200;

    /** One instrument as the patient sees it. */
    public record Panel(InstrumentTrajectory trajectory, LineChart chart, List<TrajectoryPoint> reached, String comparison) {}

    private final FollowupTrajectories trajectories;

    PortalProgress(FollowupTrajectories trajectories) {
        this.trajectories = trajectories;
    }

    @GetMapping("/portal/progress")
    String progress(Actor actor, Model model) {
        List<Panel> panels = new ArrayList<>();
        for (ScheduleTrajectory schedule : trajectories.trajectories(actor, actor.patientId())) {
            for (InstrumentTrajectory t : schedule.instruments()) {
                if (!t.chartable() || t.responses() == 0) {
                    continue;
                }
                List<TrajectoryPoint> reached = t.points().stream()
                        .filter(p -> p.answered() || p.state() != TaskState.UPCOMING && !p.baseline()).toList();
                List<LineChart.Value> values = reached.stream()
                        .map(p -> new LineChart.Value(shortLabel(p), p.score())).toList();
                LineChart chart = values.isEmpty() ? null : LineChart.of(values, t.min().doubleValue(),
                        t.max().doubleValue(), t.baselineScore(), WIDTH, HEIGHT);
                panels.add(new Panel(t, chart, reached, comparison(t)));
            }
        }
        model.addAttribute("panels", panels);
        return "followup/portal-progress";
    }

    /** A time point's name short enough for the chart's x axis on a phone: "Before", "1 mo", "12 mo". */
    static String shortLabel(TrajectoryPoint p) {
        return p.baseline() ? "Before" : p.timePointId().replaceAll("^(\\d+)m$", "$1 mo");
    }

    /** The latest follow-up against before treatment, in words a patient reads. */
    static String comparison(InstrumentTrajectory t) {
        ResponderStatus latest = null;
        String when = null;
        for (TrajectoryPoint p : t.points()) {
            if (p.responder() != null) {
                latest = p.responder();
                when = p.timePointLabel();
            }
        }
        if (latest == null) {
            return t.baselineScore() == null ? null : "Your score before treatment was " + t.baselineText() + ".";
        }
        int sign = latest.improvement().signum();
        if (sign == 0) {
            return "At " + when + " your score was the same as before treatment.";
        }
        String better = sign > 0 ? "better" : "worse";
        if (latest.percentImprovement() != null && sign > 0) {
            return "At " + when + " your pain was " + latest.percentImprovement().setScale(0, RoundingMode.HALF_UP)
                    .abs().toPlainString() + "% lower than before treatment.";
        }
        String direction = t.direction() == Direction.LOWER_IS_BETTER ? "lower is better" : "higher is better";
        return "At " + when + " your score was " + better + " than before treatment (" + direction + ").";
    }
}
