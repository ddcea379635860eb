package org.regenpath.followup.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.instrument.Direction;
import org.regenpath.followup.InstrumentTrajectory;
import org.regenpath.followup.ScheduleTrajectory;
import org.regenpath.instrument.Threshold;
import org.regenpath.followup.TimePointCompletion;
import org.regenpath.followup.TrajectoryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * The numbers a chart draws, as JSON for a {@code data-chart} attribute: {@code static/js/followup-charts.js} reads
 * it (the CSP allows no inline script). The page's tables show the same numbers without JavaScript.
 */
final class ChartData {

    private ChartData() {}

    /**
     * A trajectory on a time axis in months after the procedure (the baseline at 0): the scored points with their
     * late and responder marks, a tick per time point asked, and the baseline and MCID threshold lines.
     */
    static String trajectory(JsonMapper json, ScheduleTrajectory schedule, InstrumentTrajectory t) {
        List<Map<String, Object>> points = new ArrayList<>();
        List<Map<String, Object>> ticks = new ArrayList<>();
        long last = 0;
        for (TrajectoryPoint p : t.points()) {
            long months = months(schedule.procedureDate(), p);
            last = Math.max(last, months);
            ticks.add(Map.of("x", months, "label", p.baseline() ? "Baseline" : p.timePointLabel()));
            if (p.scored()) {
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("x", months);
                point.put("y", p.score());
                point.put("label", p.timePointLabel());
                point.put("late", p.late());
                point.put("reached", reached(p));
                points.add(point);
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", "trajectory");
        data.put("title", t.name());
        data.put("points", points);
        data.put("ticks", ticks);
        data.put("lastMonth", Math.max(last, 1));
        data.put("baseline", t.baselineScore() == null ? null : Double.valueOf(t.baselineText()));
        data.put("threshold", t.mcidThreshold() == null ? null : Double.valueOf(t.thresholdText()));
        data.put("min", t.min());
        data.put("max", t.max());
        data.put("lowerIsBetter", t.direction() == Direction.LOWER_IS_BETTER);
        return json.writeValueAsString(data);
    }

    /** Months after the procedure a time point is due (the baseline, and anything before a procedure, at 0). */
    static long months(LocalDate procedure, TrajectoryPoint p) {
        if (p.baseline() || procedure == null || p.dueOn() == null || p.dueOn().isBefore(procedure)) {
            return 0;
        }
        return ChronoUnit.MONTHS.between(procedure, p.dueOn());
    }

    /** Completion per time point: the rate and its 95 % Wilson interval, in percent. */
    static String completion(JsonMapper json, List<TimePointCompletion> completion) {
        List<String> labels = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        List<List<Double>> intervals = new ArrayList<>();
        List<Integer> enrolled = new ArrayList<>();
        for (TimePointCompletion c : completion) {
            labels.add(c.timePointId().equals("baseline") ? "Baseline" : c.label());
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

    /**
     * "50" (≥50 % reduction), "30", "mcid" (MCID reached), "none" (a threshold applies and none was reached), or
     * null (the baseline, or no threshold applies).
     */
    private static String reached(TrajectoryPoint p) {
        if (p.pgicResponder() != null) {
            return p.pgicResponder() ? "mcid" : "none";
        }
        if (p.responder() == null || p.responder().thirtyPercent() == Threshold.NOT_APPLICABLE
                && p.responder().mcid() == Threshold.NOT_APPLICABLE) {
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
