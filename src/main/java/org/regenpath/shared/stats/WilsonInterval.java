package org.regenpath.shared.stats;

/**
 * A proportion with its 95 % Wilson score interval (Wilson EB, J Am Stat Assoc 1927;22:209-212; "method 3" of
 * Newcombe RG, Stat Med 1998;17:857-872, which recommends it over the simple Wald interval because it stays inside
 * [0, 1] and keeps close to its nominal coverage for small n and for proportions near 0 or 1). Pure.
 *
 * <p>With {@code p = x / n} and {@code z} the 97.5th percentile of the standard normal distribution, the bounds are
 * {@code (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)}. At {@code x = 0} the lower bound is exactly 0 and at
 * {@code x = n} the upper bound exactly 1; floating-point rounding would otherwise leave them a hair off (even
 * outside [0, 1], as Commons Statistics 1.2 does), so those two are set exactly and the rest clamped to [0, 1].
 *
 * @param successes x, how many answered
 * @param trials n, how many could have answered
 * @param estimate x / n, or {@code null} when n is 0 (no rate to state)
 * @param lower the lower 95 % bound, or {@code null} when n is 0
 * @param upper the upper 95 % bound, or {@code null} when n is 0
 */
public record WilsonInterval(int successes, int trials, Double estimate, Double lower, Double upper) {

    /** The 0.975 quantile of the standard normal distribution, for a two-sided 95 % interval. */
    static final double Z_95 = 1.959963984540054;

    public WilsonInterval {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("Need 0 <= successes <= trials, got " + successes + "/" + trials);
        }
    }

    /** The 95 % Wilson score interval of {@code successes} out of {@code trials}. */
    public static WilsonInterval of(int successes, int trials) {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("Need 0 <= successes <= trials, got " + successes + "/" + trials);
        }
        if (trials == 0) {
            return new WilsonInterval(0, 0, null, null, null);
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z_95 * Z_95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z_95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        double lower = successes == 0 ? 0.0 : clamp(centre - half);
        double upper = successes == trials ? 1.0 : clamp(centre + half);
        return new WilsonInterval(successes, trials, p, lower, upper);
    }

    private static double clamp(double value) {
        return Math.max(0.0, Math.min(1.0, value));
    }

    /** Whether there is a rate to state (n above 0). */
    public boolean defined() {
        return trials > 0;
    }
}
