package org.regenpath.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.regenpath.instrument.Direction;
import org.regenpath.instrument.ExactScore;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.Responders;
import org.regenpath.shared.stats.Quantiles;

/**
 * How each instrument's scores move after treatment: per time point, the median and interquartile range of the
 * score and of the improvement from baseline, and when each patient improved most. Pure.
 *
 * <p>Quartiles are Hyndman &amp; Fan's definition 7 ({@link Quantiles}; R's and NumPy's default). The improvement
 * is the change from the patient's own baseline in the instrument's better direction (positive = better: a fall in
 * NRS, a rise in KOOS JR), in the instrument's units; only patients with a baseline and an answer at the time point
 * count in it. Categorical instruments (PGIC) have no median and are left out.
 *
 * <p>Time to peak improvement: for each patient due at 12 months (so that a peak at 6 or 12 months could have
 * been seen) with a baseline and at least one follow-up answer, the time point whose improvement is greatest (the
 * earliest where several tie); a patient whose greatest improvement is 0 or less did not improve and has no peak.
 * The share of those who improved whose peak fell at 6 or 12 months answers whether "peak improvement six to
 * twelve months after treatment" holds for this clinic's patients, with its 95 % interval.
 */
public final class CohortTrajectories {

    private static final int NO_ANSWER = -1;
    private static final int NOT_IMPROVED = -2;

    private CohortTrajectories() {}

    /**
     * One time point of one instrument.
     *
     * @param timePointId the time point
     * @param months months after the procedure
     * @param score the scores answered at it (with their n)
     * @param improvement the improvements from baseline (with their n)
     */
    public record TimePoint(String timePointId, int months, Quantiles score, Quantiles improvement) {}

    /**
     * How many patients improved most at one time point.
     *
     * @param timePointId the time point
     * @param months months after the procedure
     * @param patients how many patients' peak fell there
     */
    public record Peak(String timePointId, int months, int patients) {}

    /**
     * One instrument's trajectory.
     *
     * @param instrumentId the instrument
     * @param higherIsBetter whether a higher score is better
     * @param baseline the baseline scores (with their n)
     * @param timePoints the figures at 1, 3, 6, 12 and 24 months
     * @param peakPatients patients due at 12 months with a baseline and a follow-up answer
     * @param notImproved of those, how many never improved
     * @param peaks of those who improved, how many peaked at each time point
     * @param peakAtSixToTwelveMonths of those who improved, how many peaked at 6 or 12 months
     */
    public record InstrumentTrajectory(String instrumentId, boolean higherIsBetter, Quantiles baseline,
            List<TimePoint> timePoints, int peakPatients, int notImproved, List<Peak> peaks,
            Rate peakAtSixToTwelveMonths) {
        public InstrumentTrajectory {
            timePoints = List.copyOf(timePoints);
            peaks = List.copyOf(peaks);
        }
    }

    /** The trajectories of the ordered instruments among {@code instruments} the cohort answered. */
    static List<InstrumentTrajectory> of(Collection<Instrument> instruments,
            List<Cohorts.Treated> cohort, LocalDate countedTo, ResponderRates.Interval interval) {
        List<InstrumentTrajectory> out = new ArrayList<>();
        for (Instrument instrument : instruments) {
            if (instrument.scoring().direction() != Direction.NOT_ORDERED
                    && cohort.stream().anyMatch(p -> !p.of(instrument.id()).isEmpty())) {
                out.add(of(instrument, cohort, countedTo, interval));
            }
        }
        return out;
    }

    static InstrumentTrajectory of(Instrument instrument, List<Cohorts.Treated> cohort,
            LocalDate countedTo, ResponderRates.Interval interval) {
        String id = instrument.id();
        List<Double> baselines = new ArrayList<>();
        for (Cohorts.Treated p : cohort) {
            ExactScore b = p.of(id).get(ResponderRates.BASELINE);
            if (b != null) {
                baselines.add(b.decimal().doubleValue());
            }
        }
        List<TimePoint> timePoints = new ArrayList<>();
        for (var tp : ResponderRates.TIME_POINTS.entrySet()) {
            List<Double> scores = new ArrayList<>();
            List<Double> improvements = new ArrayList<>();
            for (Cohorts.Treated p : cohort) {
                Map<String, ExactScore> own = p.of(id);
                ExactScore s = own.get(tp.getKey());
                if (s != null) {
                    scores.add(s.decimal().doubleValue());
                    BigDecimal improvement = improvement(instrument, own.get(ResponderRates.BASELINE), s);
                    if (improvement != null) {
                        improvements.add(improvement.doubleValue());
                    }
                }
            }
            timePoints.add(new TimePoint(tp.getKey(), tp.getValue(), Quantiles.of(scores),
                    Quantiles.of(improvements)));
        }
        int[] peakCounts = new int[ResponderRates.TIME_POINTS.size()];
        int peakPatients = 0;
        int notImproved = 0;
        for (Cohorts.Treated p : cohort) {
            if (p.treatedOn().plusMonths(12).isAfter(countedTo)) {
                continue;
            }
            int peak = peak(instrument, p.of(id));
            if (peak == NO_ANSWER) {
                continue;
            }
            peakPatients++;
            if (peak == NOT_IMPROVED) {
                notImproved++;
            } else {
                peakCounts[peak]++;
            }
        }
        List<Peak> peaks = new ArrayList<>();
        int sixToTwelve = 0;
        int i = 0;
        for (var tp : ResponderRates.TIME_POINTS.entrySet()) {
            peaks.add(new Peak(tp.getKey(), tp.getValue(), peakCounts[i]));
            if (tp.getValue() == 6 || tp.getValue() == 12) {
                sixToTwelve += peakCounts[i];
            }
            i++;
        }
        return new InstrumentTrajectory(id, instrument.scoring().direction() == Direction.HIGHER_IS_BETTER,
                Quantiles.of(baselines), timePoints, peakPatients, notImproved, peaks,
                Rate.of(sixToTwelve, peakPatients - notImproved, interval));
    }

    /** The index of the time point of greatest improvement (the earliest of ties), or a marker. */
    static int peak(Instrument instrument, Map<String, ExactScore> scores) {
        ExactScore baseline = scores.get(ResponderRates.BASELINE);
        if (baseline == null) {
            return NO_ANSWER;
        }
        int best = NO_ANSWER;
        BigDecimal bestImprovement = null;
        int i = 0;
        for (String tp : ResponderRates.TIME_POINTS.keySet()) {
            ExactScore s = scores.get(tp);
            if (s != null) {
                BigDecimal improvement = improvement(instrument, baseline, s);
                if (bestImprovement == null || improvement.compareTo(bestImprovement) > 0) {
                    bestImprovement = improvement;
                    best = i;
                }
            }
            i++;
        }
        if (best != NO_ANSWER && bestImprovement.signum() <= 0) {
            return NOT_IMPROVED;
        }
        return best;
    }

    /** The change from baseline in the better direction ({@link Responders#assess}), or {@code null} without one. */
    private static BigDecimal improvement(Instrument instrument, ExactScore baseline, ExactScore followUp) {
        return baseline == null ? null : Responders.assess(instrument, baseline, followUp).improvement();
    }
}
