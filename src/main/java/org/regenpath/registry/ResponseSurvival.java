package org.regenpath.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.regenpath.instrument.ExactScore;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.Threshold;
import org.regenpath.shared.stats.KaplanMeier;

/**
 * Kaplan–Meier curves of the time to first response and of its durability, on the registry's follow-up answers
 * ({@link KaplanMeier}: Greenwood's variance, log-log 95 % limits, ties and censoring as the textbooks handle them).
 * Pure.
 *
 * <p>A response is an NRS-11 pain reduction of at least 30 % from baseline (IMMPACT, moderately important;
 * Dworkin RH et al., J Pain 2008;9(2):105-121), decided by {@link ResponderRates#status}. Follow-up is seen only at
 * the time points, so every time is interval-censored; as decision 0048 records, an event is placed at the nominal
 * month of the time point where it was first seen (1, 3, 6, 12 or 24) and a patient is censored at the nominal month
 * of the last time point they answered.
 * <ul>
 *   <li><b>Time to first response</b>, in months after the procedure: the event is the first answered time point
 *       with a response; without one, censored at the last answered time point.</li>
 *   <li><b>Durability</b>, in months after the first response, for those who responded: the event is the first
 *       later answered time point without a response (loss of response); without one, censored at the last
 *       answered time point (at 0 when the response was the last answer).</li>
 * </ul>
 * Patients without a pain baseline or with a baseline of 0 (no pain to reduce), and patients who answered no
 * follow-up, are not on the curves and are counted apart.
 */
public final class ResponseSurvival {

    /** The times the number at risk is stated at, in months (after the procedure, or after the first response). */
    public static final List<Integer> AT_RISK_MONTHS = List.of(0, 1, 3, 6, 12, 24);

    private ResponseSurvival() {}

    /**
     * One curve.
     *
     * @param patients how many patients are on it
     * @param events how many had the event
     * @param censored how many were censored
     * @param curve the curve at each distinct event time, with Greenwood's variance and log-log 95 % limits
     * @param median the median time with its 95 % limits
     * @param atRisk how many were at risk at each of {@link #AT_RISK_MONTHS}
     */
    public record Curve(int patients, int events, int censored, List<KaplanMeier.Step> curve,
            KaplanMeier.Median median, List<AtRisk> atRisk) {
        public Curve {
            curve = List.copyOf(curve);
            atRisk = List.copyOf(atRisk);
        }

        static Curve of(List<KaplanMeier.Observation> observations) {
            KaplanMeier km = KaplanMeier.of(observations);
            int events = (int) observations.stream().filter(KaplanMeier.Observation::event).count();
            return new Curve(observations.size(), events, observations.size() - events, km.steps(), km.median(),
                    AT_RISK_MONTHS.stream().map(m -> new AtRisk(m, km.atRiskAt(m))).toList());
        }
    }

    /**
     * The number at risk at a time.
     *
     * @param months the time
     * @param atRisk how many were observed for at least that long
     */
    public record AtRisk(int months, int atRisk) {}

    /**
     * Both curves of one cohort.
     *
     * @param painInstrumentId the pain instrument
     * @param withoutBaseline treated patients without a pain baseline above 0, on neither curve
     * @param withoutFollowUp treated patients with a baseline who answered no follow-up, on neither curve
     * @param timeToResponse the time to first response
     * @param durability the time from first response to loss of response
     */
    public record Figures(String painInstrumentId, int withoutBaseline, int withoutFollowUp, Curve timeToResponse,
            Curve durability) {}

    /** Both curves of the cohort's pain answers. */
    static Figures of(Instrument pain, Collection<ResponderRates.Patient> cohort) {
        List<KaplanMeier.Observation> toResponse = new ArrayList<>();
        List<KaplanMeier.Observation> durability = new ArrayList<>();
        int withoutBaseline = 0;
        int withoutFollowUp = 0;
        for (ResponderRates.Patient p : cohort) {
            Map<String, ExactScore> scores = p.pain();
            ExactScore baseline = scores.get(ResponderRates.BASELINE);
            if (baseline == null || baseline.numerator().signum() == 0) {
                withoutBaseline++;
                continue;
            }
            Integer firstResponse = null;
            Integer lastAnswered = null;
            Integer loss = null;
            for (var tp : ResponderRates.TIME_POINTS.entrySet()) {
                Threshold s = ResponderRates.status(ResponderRates.Measure.PAIN_30_PERCENT, pain, scores, tp.getKey());
                if (s == null) {
                    continue;
                }
                lastAnswered = tp.getValue();
                if (firstResponse == null && s == Threshold.REACHED) {
                    firstResponse = tp.getValue();
                } else if (firstResponse != null && loss == null && s == Threshold.NOT_REACHED) {
                    loss = tp.getValue();
                }
            }
            if (lastAnswered == null) {
                withoutFollowUp++;
                continue;
            }
            if (firstResponse == null) {
                toResponse.add(new KaplanMeier.Observation(lastAnswered, false));
                continue;
            }
            toResponse.add(new KaplanMeier.Observation(firstResponse, true));
            durability.add(loss != null ? new KaplanMeier.Observation(loss - firstResponse, true)
                    : new KaplanMeier.Observation(lastAnswered - firstResponse, false));
        }
        return new Figures(pain.id(), withoutBaseline, withoutFollowUp, Curve.of(toResponse), Curve.of(durability));
    }
}
