package org.regenpath.followup.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.followup.Direction;
import org.regenpath.followup.InstrumentTrajectory;
import org.regenpath.followup.Threshold;
import org.regenpath.followup.TimePointCompletion;
import org.regenpath.followup.TrajectoryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * The numbers a chart draws, as JSON for a {@code data-chart} attribute: {@code static/js/followup-charts.js} reads
 * it (the CSP allows no inline script). The page's tables show the same numbers without JavaScript.
 */
final class ChartData {

    private ChartData() {}

    /** A trajectory: scores by time point, the baseline and MCID lines, late and responder marks. */
    static String trajectory(JsonMapper json, InstrumentTrajectory t) {
        List<String> labels = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<Boolean> late = new ArrayList<>();
        List<String> reached = new ArrayList<>();
        for (TrajectoryPoint p : t.points()) {
            labels.add(shortLabel(p));
            scores.add(p.score());
            late.add(p.late());
            reached.add(reached(p));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", "trajectory");
        data.put("title", t.name());
        data.put("labels", labels);
        data.put("scores", scores);
        data.put("late", late);
        data.put("reached", reached);
        data.put("baseline", t.baselineScore());
        data.put("threshold", t.mcidThreshold());
        data.put("min", t.min());
        data.put("max", t.max());
        data.put("lowerIsBetter", t.direction() == Direction.LOWER_IS_BETTER);
        return json.writeValueAsString(data);
    }

    /** Completion per time point: the rate and its 95 % Wilson interval, in percent. */
    static String completion(JsonMapper json, List<TimePointCompletion> completion) {
        List<String> labels = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        List<List<Double>> intervals = new ArrayList<>();
        List<Integer> enrolled = new ArrayList<>();
        for (TimePointCompletion c : completion) {
            labels.add(c.timePointId().equals("baseline") ? "Baseline" : c.timePointId());
            enrolled.add(c.enrolled());
            rates.add(c.rate().defined() ? percent(c.rate().estimate()) : null);
            intervals.add(c.rate().defined() ? List.of(percent(c.rate().lower()), percent(c.rate().upper())) : null);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", "completion");
        data.put("labels", labels);
        data.put("rates", rates);
        data.put("intervals", intervals);
        data.put("enrolled", enrolled);
        return json.writeValueAsString(data);
    }

    private static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }

    private static String shortLabel(TrajectoryPoint p) {
        return p.baseline() ? "Baseline" : p.timePointLabel();
    }

    /** "50" (≥50 % reduction), "30", "mcid" (MCID reached), "none" (scored, nothing reached), or null. */
    private static String reached(TrajectoryPoint p) {
        if (p.pgicResponder() != null) {
            return p.pgicResponder() ? "mcid" : "none";
        }
        if (p.responder() == null) {
            return null;
        }
        if (p.responder().fiftyPercent() == Threshold.REACHED) {
            return "50";
        }
        if (p.responder().thirtyPercent() == Threshold.REACHED) {
            return "30";
        }
        return p.responder().mcid() == Threshold.REACHED ? "mcid" : "none";
    }
}
