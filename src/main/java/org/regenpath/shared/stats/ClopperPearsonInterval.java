package org.regenpath.shared.stats;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * A proportion with its exact 95 % Clopper–Pearson interval (Clopper CJ, Pearson ES, Biometrika 1934;26:404-413;
 * "method 5" of Newcombe RG, Stat Med 1998;17:857-872). Pure. Conservative: its coverage is at least 95 % for every
 * true proportion, at the price of wider bounds than {@link WilsonInterval}; the registry offers it on request.
 *
 * <p>The bounds are quantiles of Beta distributions (the link between the binomial tail and the incomplete beta
 * function): lower = {@code B(0.025; x, n - x + 1)}, upper = {@code B(0.975; x + 1, n - x)}. As the textbooks do,
 * the lower bound at {@code x = 0} is exactly 0 and the upper bound at {@code x = n} exactly 1 (the Beta
 * distribution there has a zero parameter), and with {@code n = 0} there is no rate and no interval. The Beta
 * quantiles come from Apache Commons Math's {@link BetaDistribution}, solved to an absolute accuracy of 1e-15.
 *
 * @param successes x
 * @param trials n
 * @param estimate x / n, or {@code null} when n is 0
 * @param lower the lower 95 % bound, or {@code null} when n is 0
 * @param upper the upper 95 % bound, or {@code null} when n is 0
 */
public record ClopperPearsonInterval(int successes, int trials, Double estimate, Double lower, Double upper) {

    /** Each tail of a two-sided 95 % interval. */
    static final double HALF_ALPHA = 0.025;
    private static final double SOLVER_ACCURACY = 1e-15;

    public ClopperPearsonInterval {
        check(successes, trials);
    }

    /** The exact 95 % interval of {@code successes} out of {@code trials}. */
    public static ClopperPearsonInterval of(int successes, int trials) {
        check(successes, trials);
        if (trials == 0) {
            return new ClopperPearsonInterval(0, 0, null, null, null);
        }
        double lower = successes == 0 ? 0.0
                : clamp(beta(successes, trials - successes + 1).inverseCumulativeProbability(HALF_ALPHA));
        double upper = successes == trials ? 1.0
                : clamp(beta(successes + 1, trials - successes).inverseCumulativeProbability(1 - HALF_ALPHA));
        return new ClopperPearsonInterval(successes, trials, (double) successes / trials, lower, upper);
    }

    private static BetaDistribution beta(double alpha, double beta) {
        // No random generator: the distribution is only asked for quantiles, never sampled.
        return new BetaDistribution(null, alpha, beta, SOLVER_ACCURACY);
    }

    private static void check(int successes, int trials) {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("Need 0 <= successes <= trials, got " + successes + "/" + trials);
        }
    }

    private static double clamp(double value) {
        return Math.max(0.0, Math.min(1.0, value));
    }

    /** Whether there is a rate to state (n above 0). */
    public boolean defined() {
        return trials > 0;
    }
}
