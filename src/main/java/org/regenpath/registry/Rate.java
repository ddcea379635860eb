package org.regenpath.registry;

import org.regenpath.shared.stats.ClopperPearsonInterval;
import org.regenpath.shared.stats.WilsonInterval;

/**
 * A count out of a denominator with its 95 % interval: the numerator and the denominator are always stated.
 *
 * @param count the numerator
 * @param of the denominator
 * @param estimate count / of, or {@code null} when the denominator is 0
 * @param lower the lower 95 % bound, or {@code null} when the denominator is 0
 * @param upper the upper 95 % bound, or {@code null} when the denominator is 0
 * @param interval how the interval was computed
 */
public record Rate(int count, int of, Double estimate, Double lower, Double upper, ResponderRates.Interval interval) {

    /** {@code count} of {@code of} with the asked-for interval. */
    public static Rate of(int count, int of, ResponderRates.Interval interval) {
        if (interval == ResponderRates.Interval.CLOPPER_PEARSON) {
            ClopperPearsonInterval ci = ClopperPearsonInterval.of(count, of);
            return new Rate(count, of, ci.estimate(), ci.lower(), ci.upper(), interval);
        }
        WilsonInterval ci = WilsonInterval.of(count, of);
        return new Rate(count, of, ci.estimate(), ci.lower(), ci.upper(), interval);
    }
}
