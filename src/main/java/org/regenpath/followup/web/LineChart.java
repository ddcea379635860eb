package org.regenpath.followup.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small line chart drawn on the server as SVG coordinates, so the patient's phone needs no script (the CSP allows
 * none inline) and the picture matches the table beside it. The y axis always spans the instrument's whole range, so
 * a change is never exaggerated by a cropped axis.
 *
 * @param width the drawing width in SVG units
 * @param height the drawing height
 * @param points the plotted points, in time order
 * @param yTicks the y axis labels with their heights
 * @param baselineY the height of the baseline score's line, or {@code null} when there is no baseline
 * @param polyline the points as an SVG {@code points} attribute
 */
public record LineChart(int width, int height, List<Point> points, List<Tick> yTicks, Double baselineY, String polyline) {

    static final int LEFT = 34;
    static final int RIGHT = 12;
    static final int TOP = 12;
    static final int BOTTOM = 34;

    /** One plotted score. */
    public record Point(double x, double y, String label, String value, String anchor) {}

    /** One y axis label. */
    public record Tick(double y, String label) {}

    /** A value to plot: its x label (the time point) and its score, or {@code null} when not answered. */
    record Value(String label, Double score) {}

    /**
     * Lays out the chart.
     *
     * @param values the time points in order; unanswered ones keep their place on the x axis but are not drawn
     * @param min the instrument's lowest score
     * @param max its highest score
     * @param baseline the baseline score, or {@code null}
     */
    static LineChart of(List<Value> values, double min, double max, Double baseline, int width, int height) {
        if (values.isEmpty() || max <= min) {
            throw new IllegalArgumentException("A chart needs time points and a score range");
        }
        double plotWidth = width - LEFT - RIGHT;
        double plotHeight = height - TOP - BOTTOM;
        double step = values.size() == 1 ? 0 : plotWidth / (values.size() - 1);
        List<Point> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            double x = LEFT + (values.size() == 1 ? plotWidth / 2 : i * step);
            String anchor = values.size() == 1 ? "middle" : i == 0 ? "start" : i == values.size() - 1 ? "end"
                    : "middle";
            if (v.score() == null) {
                points.add(new Point(round(x), Double.NaN, v.label(), null, anchor));
                continue;
            }
            double y = y(v.score(), min, max, plotHeight);
            points.add(new Point(round(x), round(y), v.label(), format(v.score()), anchor));
            line.append(line.length() == 0 ? "" : " ").append(format(round(x))).append(',').append(format(round(y)));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 2; i++) {
            double value = min + (max - min) * i / 2;
            ticks.add(new Tick(round(y(value, min, max, plotHeight)), format(value)));
        }
        Double baselineY = baseline == null ? null : round(y(baseline, min, max, plotHeight));
        return new LineChart(width, height, points, ticks, baselineY, line.toString());
    }

    /** The right edge of the plot area. */
    public int plotRight() {
        return width - RIGHT;
    }

    /** The bottom of the plot area. */
    public int plotBottom() {
        return height - BOTTOM;
    }

    private static double y(double value, double min, double max, double plotHeight) {
        return TOP + plotHeight * (1 - (value - min) / (max - min));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
