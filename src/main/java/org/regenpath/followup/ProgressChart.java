package org.regenpath.followup;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * One instrument's scores over time as a PNG for the progress report: the scale from its lowest to its highest
 * score, the baseline as a dashed line, the band from the baseline to the MCID threshold shaded, and one dot per
 * scored time point joined by a line. The report's table lists the same numbers. Pure, headless Java2D.
 */
final class ProgressChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 14;
    private static final int BOTTOM = 40;

    private ProgressChart() {}

    /** The chart as a {@code data:image/png} URI, or {@code null} when nothing is scored. */
    static String dataUri(InstrumentTrajectory t) {
        List<TrajectoryPoint> scored = t.points().stream().filter(p -> p.score() != null).toList();
        if (scored.isEmpty() || !t.chartable()) {
            return null;
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g, t, scored);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw the chart", e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static void draw(Graphics2D g, InstrumentTrajectory t, List<TrajectoryPoint> scored) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double min = t.min().doubleValue();
        double max = t.max().doubleValue();
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0; i <= 4; i++) {
            double v = min + (max - min) * i / 4;
            int y = y(v, min, max);
            g.setColor(new Color(0xDDDDDD));
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(Trajectories.number(v), 6, y + 4);
        }
        if (t.baselineScore() != null && t.mcidThreshold() != null) {
            int a = y(t.baselineScore(), min, max);
            int b = y(t.mcidThreshold(), min, max);
            g.setColor(new Color(0xE3F0E3));
            g.fillRect(LEFT, Math.min(a, b), WIDTH - RIGHT - LEFT, Math.abs(a - b));
        }
        if (t.baselineScore() != null) {
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f},
                    0f));
            int y = y(t.baselineScore(), min, max);
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
        }
        List<TrajectoryPoint> all = t.points();
        List<int[]> dots = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            int x = all.size() == 1 ? (LEFT + WIDTH - RIGHT) / 2 : LEFT + 10 + i * (WIDTH - RIGHT - LEFT - 20)
                    / (all.size() - 1);
            TrajectoryPoint p = all.get(i);
            g.setColor(Color.DARK_GRAY);
            String label = p.baseline() ? "Before" : p.timePointLabel();
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, HEIGHT - BOTTOM + 18);
            if (scored.contains(p)) {
                dots.add(new int[] {x, y(p.score(), min, max)});
            }
        }
        g.setColor(new Color(0x1F4E79));
        g.setStroke(new BasicStroke(2.5f));
        for (int i = 1; i < dots.size(); i++) {
            g.drawLine(dots.get(i - 1)[0], dots.get(i - 1)[1], dots.get(i)[0], dots.get(i)[1]);
        }
        for (int[] d : dots) {
            g.fillOval(d[0] - 5, d[1] - 5, 10, 10);
        }
    }

    private static int y(double v, double min, double max) {
        double span = max - min == 0 ? 1 : max - min;
        return (int) Math.round(TOP + (HEIGHT - TOP - BOTTOM) * (1 - (v - min) / span));
    }
}
