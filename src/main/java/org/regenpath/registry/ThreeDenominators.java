package org.regenpath.registry;

import java.util.List;
import org.regenpath.instrument.Threshold;

/**
 * Counts one responder rule at one time point over the patients due, with the three denominators of decision 0043:
 * completers, missing = non-responder and last observation carried forward. Pure; the rule is given as an
 * {@link Assessor}.
 */
final class ThreeDenominators {

    private ThreeDenominators() {}

    /** A responder rule over one kind of patient. */
    interface Assessor<T> {

        /**
         * The rule's status at a time point: {@link Threshold#NOT_APPLICABLE} when the rule does not apply to the
         * patient, {@code null} when an answer or the baseline it needs is missing.
         */
        Threshold status(T patient, String timePointId);

        /** Whether the patient has the baseline the rule needs (carried forward as "no change" when nothing else). */
        boolean hasBaseline(T patient);
    }

    /**
     * One rule's figures at a time point.
     *
     * @param notApplicable due patients the rule does not apply to (left out of all three)
     * @param completers responders among those who answered
     * @param missingAsNonResponder responders among everyone due, a missing answer counting as not responding
     * @param lastObservationCarriedForward responders among everyone due with an answer, carrying the last forward
     */
    record Tally(int notApplicable, Rate completers, Rate missingAsNonResponder, Rate lastObservationCarriedForward) {}

    static <T> Tally tally(List<T> due, String timePointId, Assessor<T> rule, ResponderRates.Interval interval) {
        int notApplicable = 0;
        int completers = 0;
        int completerResponders = 0;
        int treated = 0;
        int locf = 0;
        int locfResponders = 0;
        for (T p : due) {
            Threshold now = rule.status(p, timePointId);
            if (now == Threshold.NOT_APPLICABLE) {
                notApplicable++;
                continue;
            }
            treated++;
            if (now != null) {
                completers++;
                completerResponders += now == Threshold.REACHED ? 1 : 0;
            }
            Threshold carried = now != null ? now : carriedForward(p, timePointId, rule);
            if (carried != null) {
                locf++;
                locfResponders += carried == Threshold.REACHED ? 1 : 0;
            }
        }
        return new Tally(notApplicable, Rate.of(completerResponders, completers, interval),
                Rate.of(completerResponders, treated, interval), Rate.of(locfResponders, locf, interval));
    }

    /** The last earlier follow-up's status, else the baseline's (no change: not reached), else {@code null}. */
    private static <T> Threshold carriedForward(T patient, String timePointId, Assessor<T> rule) {
        List<String> earlier = ResponderRates.TIME_POINTS.keySet().stream()
                .takeWhile(id -> !id.equals(timePointId)).toList();
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Threshold s = rule.status(patient, earlier.get(i));
            if (s != null) {
                return s;
            }
        }
        return rule.hasBaseline(patient) ? Threshold.NOT_REACHED : null;
    }
}
