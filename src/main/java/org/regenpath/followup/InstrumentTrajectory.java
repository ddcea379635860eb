package org.regenpath.followup;

import java.math.BigDecimal;
import java.util.List;
import org.regenpath.instrument.Direction;
import org.regenpath.instrument.Mcid;
import org.regenpath.instrument.Score;

/**
 * One instrument's scores over time for one patient and one schedule (for multi-scale instruments such as KOOS,
 * one subscale). These are one person's numbers, not statistics: {@link #summary()} says how many time points they
 * rest on.
 *
 * @param instrumentId the instrument
 * @param title the instrument's title
 * @param scale the scale id ({@code total}, or a KOOS subscale)
 * @param scaleLabel the scale's name
 * @param direction which way the score improves
 * @param min the lowest possible score
 * @param max the highest possible score
 * @param mcid the instrument's MCID, or {@code null} where it has no verified single value
 * @param baselineScore the baseline score, or {@code null} when the baseline was not answered or not scored
 * @param mcidThreshold the baseline improved by the MCID in the better direction (the line a follow-up must reach),
 *     or {@code null} when there is no MCID, no baseline score, or the line lies beyond the scale's best score
 * @param thresholdNote why there is no threshold line, or {@code null}
 * @param timePointsOpened time points asked whose window has opened by today (not cancelled, not upcoming)
 * @param timePointsScheduled every time point asked (not cancelled)
 * @param responses n, the responses submitted
 * @param scoredResponses the responses that could be scored
 * @param summary the counts in words, e.g. "Answered at 3 of 5 time points so far (n = 3); 1 still to come."
 * @param points every time point asked, in schedule order
 */
public record InstrumentTrajectory(String instrumentId, String title, String scale, String scaleLabel,
        Direction direction, BigDecimal min, BigDecimal max, Mcid mcid, Double baselineScore, Double mcidThreshold,
        String thresholdNote, int timePointsOpened, int timePointsScheduled, int responses, int scoredResponses,
        String summary, List<TrajectoryPoint> points) {

    public InstrumentTrajectory {
        points = List.copyOf(points);
    }

    /** Whether the scores form a line worth charting (an ordered scale); PGIC categories are shown as a table. */
    public boolean chartable() {
        return direction != Direction.NOT_ORDERED;
    }

    /** The baseline score for people (at most one decimal), or {@code null}. */
    public String baselineText() {
        return baselineScore == null ? null : Trajectories.number(baselineScore);
    }

    /** The MCID threshold for people (at most one decimal), or {@code null}. */
    public String thresholdText() {
        return mcidThreshold == null ? null : Trajectories.number(mcidThreshold);
    }

    /** The instrument's name with the scale where the instrument has several, e.g. "KOOS · Pain". */
    public String name() {
        return Score.TOTAL.equals(scale) ? title : title + " · " + scaleLabel;
    }
}
