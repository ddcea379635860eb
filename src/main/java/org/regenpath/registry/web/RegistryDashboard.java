package org.regenpath.registry.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.regenpath.registry.Rate;
import org.regenpath.registry.RegistryFigures;
import org.regenpath.registry.ResponderRates;
import org.regenpath.registry.SmallCells;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry dashboard's tables and charts from the clinic's responder figures: every figure goes through
 * {@link SmallCells} for the clinic's own audience (shown whole, marked as a small sample under 11 patients), as
 * words and percentages a person reads, and as the JSON the chart draws (the same numbers).
 */
final class RegistryDashboard {

    /** The three denominators, in the order shown, with the words a column heading uses. */
    static final Map<String, String> DENOMINATORS = denominators();

    private RegistryDashboard() {}

    /**
     * One figure as the page shows it.
     *
     * @param rate the rate as a percentage ("40 %"), or a dash when there is no denominator
     * @param interval the 95 % interval in percent ("24.0–58.1 %"), or {@code null}
     * @param counts the numerator of the denominator ("12 of 30")
     * @param smallSample whether fewer than 11 patients are behind it
     */
    record Cell(String rate, String interval, String counts, boolean smallSample) {}

    /**
     * One time point's row of a measure's table.
     *
     * @param timePointId {@code 1m} … {@code 24m}
     * @param label "1 month" …
     * @param due treated patients due at it
     * @param notApplicable due patients the rule does not apply to
     * @param missing of those due, how many gave no answer
     * @param figures completers, missing = non-responder, last observation carried forward
     */
    record Row(String timePointId, String label, int due, int notApplicable, Cell missing, List<Cell> figures) {}

    /**
     * One responder rule's table and chart.
     *
     * @param id {@code pain-30-percent}, {@code pain-50-percent} or {@code primary-mcid}
     * @param title what the rule counts
     * @param rows one per time point shown
     * @param chart the chart's numbers as JSON
     */
    record Measure(String id, String title, List<Row> rows, String chart) {}

    static List<Measure> measures(RegistryFigures.Responders r, String primaryName, String timePoint,
            JsonMapper json) {
        List<ResponderRates.TimePointRates> shown = r.timePoints().stream()
                .filter(t -> timePoint == null || t.timePointId().equals(timePoint)).toList();
        List<Measure> out = new ArrayList<>();
        for (ResponderRates.Measure m : ResponderRates.Measure.values()) {
            List<Row> rows = new ArrayList<>();
            for (ResponderRates.TimePointRates t : shown) {
                ResponderRates.MeasureRates rates = t.measure(m);
                rows.add(new Row(t.timePointId(), label(t.months()), t.due(), rates.notApplicable(),
                        cell(t.missing()), List.of(cell(rates.completers()), cell(rates.missingAsNonResponder()),
                                cell(rates.lastObservationCarriedForward()))));
            }
            out.add(new Measure(id(m), title(m, primaryName), rows, chart(json, shown, m)));
        }
        return out;
    }

    static String id(ResponderRates.Measure m) {
        return m.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String title(ResponderRates.Measure m, String primaryName) {
        return switch (m) {
            case PAIN_30_PERCENT -> "Pain reduced by at least 30 % (NRS-11)";
            case PAIN_50_PERCENT -> "Pain reduced by at least 50 % (NRS-11)";
            case PRIMARY_MCID -> "Improved by at least the MCID (" + primaryName + ")";
        };
    }

    static String label(int months) {
        return months + (months == 1 ? " month" : " months");
    }

    static Cell cell(Rate rate) {
        SmallCells.Figure f = SmallCells.figure(rate, SmallCells.Audience.CLINIC);
        String counts = f.count() + " of " + f.of();
        if (!f.defined()) {
            return new Cell("—", null, counts, false);
        }
        return new Cell(percent(f.estimate(), 0) + " %",
                percent(f.lower(), 1) + "–" + percent(f.upper(), 1) + " %", counts, f.smallSample());
    }

    private static String percent(double share, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", share * 100);
    }

    /**
     * The chart's numbers: per denominator a point per time point (the rate in percent) with its interval and n;
     * the x positions are offset a little per denominator so the interval bars do not overlap.
     */
    static String chart(JsonMapper json, List<ResponderRates.TimePointRates> shown, ResponderRates.Measure m) {
        List<String> labels = new ArrayList<>();
        for (ResponderRates.TimePointRates t : shown) {
            labels.add(label(t.months()));
        }
        List<Map<String, Object>> series = new ArrayList<>();
        int s = 0;
        for (var d : DENOMINATORS.entrySet()) {
            List<Map<String, Object>> points = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                ResponderRates.MeasureRates rates = shown.get(i).measure(m);
                Rate rate = switch (d.getKey()) {
                    case "completers" -> rates.completers();
                    case "missing-as-non-responder" -> rates.missingAsNonResponder();
                    default -> rates.lastObservationCarriedForward();
                };
                if (rate.estimate() == null) {
                    continue;
                }
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("x", i + (s - 1) * 0.18);
                p.put("y", round(rate.estimate()));
                p.put("lower", round(rate.lower()));
                p.put("upper", round(rate.upper()));
                p.put("count", rate.count());
                p.put("of", rate.of());
                points.add(p);
            }
            series.add(Map.of("label", d.getValue(), "points", points));
            s++;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("series", series);
        return json.writeValueAsString(data);
    }

    private static double round(double share) {
        return Math.round(share * 1000) / 10.0;
    }

    private static Map<String, String> denominators() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("completers", "Those who answered");
        map.put("missing-as-non-responder", "Everyone treated (missing = non-responder)");
        map.put("last-observation-carried-forward", "Last observation carried forward");
        return java.util.Collections.unmodifiableMap(map);
    }
}
