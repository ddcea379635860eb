package org.regenpath.shared.stats;

import java.util.Collection;

/**
 * The median and the interquartile range of a sample, by Hyndman &amp; Fan's definition 7 (Hyndman RJ, Fan Y,
 * "Sample quantiles in statistical packages", Am Stat 1996;50:361-365): for the sorted values
 * {@code x[0..n-1]} and a probability {@code p}, {@code h = (n - 1) p} and the quantile is
 * {@code x[⌊h⌋] + (h - ⌊h⌋)(x[⌊h⌋ + 1] - x[⌊h⌋])}. It is R's and NumPy's default and Python's
 * {@code statistics.quantiles(method="inclusive")}, so a reader can recompute every figure. Pure.
 *
 * @param n how many values
 * @param lowerQuartile the 25th percentile, or {@code null} when there are no values
 * @param median the 50th percentile, or {@code null} when there are no values
 * @param upperQuartile the 75th percentile, or {@code null} when there are no values
 */
public record Quantiles(int n, Double lowerQuartile, Double median, Double upperQuartile) {

    /** The quartiles of {@code values} (which must be finite numbers). */
    public static Quantiles of(Collection<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        for (double v : sorted) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("Quantiles need finite values, got " + v);
            }
        }
        if (sorted.length == 0) {
            return new Quantiles(0, null, null, null);
        }
        return new Quantiles(sorted.length, type7(sorted, 0.25), type7(sorted, 0.5), type7(sorted, 0.75));
    }

    /** Hyndman &amp; Fan definition 7 of the {@code p} quantile of values sorted ascending (at least one). */
    public static double type7(double[] sorted, double p) {
        if (sorted.length == 0 || p < 0 || p > 1) {
            throw new IllegalArgumentException("Need at least one value and 0 <= p <= 1");
        }
        double h = (sorted.length - 1) * p;
        int low = (int) Math.floor(h);
        if (low + 1 >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        return sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]);
    }

    /** The interquartile range (upper minus lower quartile), or {@code null} when there are no values. */
    public Double interquartileRange() {
        return n == 0 ? null : upperQuartile - lowerQuartile;
    }
}
