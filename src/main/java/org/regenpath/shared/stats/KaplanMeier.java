package org.regenpath.shared.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The Kaplan–Meier (product-limit) estimate of a survival curve (Kaplan EL, Meier P, J Am Stat Assoc
 * 1958;53:457-481) with Greenwood's variance (Greenwood M, Reports on Public Health and Medical Subjects 33, 1926)
 * and 95 % log-log limits (Kalbfleisch JD, Prentice RL, The Statistical Analysis of Failure Time Data, 2nd ed.,
 * 2002, section 1.3; Collett D, Modelling Survival Data in Medical Research, 3rd ed., 2015, section 2.2). Pure.
 *
 * <p>At each distinct event time {@code t} with {@code n} at risk (observed for at least {@code t}) and {@code d}
 * events, {@code S(t) = S(t-) (1 - d/n)}. Ties are handled as the textbooks do: every event at {@code t} counts
 * in {@code d}, and a patient censored at {@code t} is still at risk at {@code t} (events come before
 * censorings). Greenwood: {@code Var S(t) = S(t)² Σ d/(n(n-d))}. Log-log: with
 * {@code se = sqrt(Σ d/(n(n-d))) / |log S(t)|}, the limits are {@code S(t)^exp(±1.96 se)}, which stay inside
 * (0, 1). Where the curve has reached 0 neither the variance nor the limits are defined ({@code null}).
 *
 * <p>The median is the smallest event time with {@code S(t) ≤ 0.5} (Klein JP, Moeschberger ML, Survival Analysis,
 * 2nd ed., 2003, section 4.5); its 95 % limits are the smallest event times at which the lower and the upper
 * log-log limit reach 0.5 (Brookmeyer R, Crowley J, Biometrics 1982;38:29-41, read off the pointwise band as R's
 * {@code survfit} does). Each is {@code null} where the curve never gets that low. Unlike {@code survfit}, a curve
 * that is exactly 0.5 over an interval gives that interval's start, not its midpoint.
 *
 * @param observations the observations, by time
 * @param steps the curve at each distinct event time, in time order
 * @param median the median survival time with its interval
 */
public record KaplanMeier(List<Observation> observations, List<Step> steps, Median median) {

    /** One patient: observed for {@code time}, to the event or to censoring. */
    public record Observation(double time, boolean event) {
        public Observation {
            if (!Double.isFinite(time) || time < 0) {
                throw new IllegalArgumentException("A time must be a finite number of at least 0, got " + time);
            }
        }
    }

    /**
     * The curve at one event time.
     *
     * @param time the event time
     * @param atRisk how many were observed for at least this time
     * @param events how many had the event at this time
     * @param censored how many were censored at this time (still at risk at it)
     * @param survival S(t)
     * @param greenwoodVariance Greenwood's variance of S(t), or {@code null} where S(t) is 0
     * @param lower the lower 95 % log-log limit, or {@code null} where S(t) is 0
     * @param upper the upper 95 % log-log limit, or {@code null} where S(t) is 0
     */
    public record Step(double time, int atRisk, int events, int censored, double survival,
            Double greenwoodVariance, Double lower, Double upper) {}

    /**
     * The median survival time.
     *
     * @param time the median, or {@code null} where the curve stays above 0.5
     * @param lower the lower 95 % limit, or {@code null}
     * @param upper the upper 95 % limit, or {@code null}
     */
    public record Median(Double time, Double lower, Double upper) {}

    public KaplanMeier {
        observations = List.copyOf(observations);
        steps = List.copyOf(steps);
        Objects.requireNonNull(median, "median");
    }

    /** The curve of these observations. */
    public static KaplanMeier of(Collection<Observation> observations) {
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparingDouble(Observation::time));
        List<Step> steps = new ArrayList<>();
        double survival = 1.0;
        double greenwoodSum = 0.0;
        int i = 0;
        while (i < sorted.size()) {
            double time = sorted.get(i).time();
            int atRisk = sorted.size() - i;
            int events = 0;
            int censored = 0;
            for (; i < sorted.size() && sorted.get(i).time() == time; i++) {
                if (sorted.get(i).event()) {
                    events++;
                } else {
                    censored++;
                }
            }
            if (events == 0) {
                continue;
            }
            survival *= 1.0 - (double) events / atRisk;
            if (events == atRisk) {
                steps.add(new Step(time, atRisk, events, censored, 0.0, null, null, null));
                continue;
            }
            greenwoodSum += (double) events / ((double) atRisk * (atRisk - events));
            steps.add(step(time, atRisk, events, censored, survival, greenwoodSum));
        }
        return new KaplanMeier(sorted, steps, median(steps));
    }

    private static Step step(double time, int atRisk, int events, int censored, double survival, double sum) {
        double se = Math.sqrt(sum) / Math.abs(Math.log(survival));
        double lower = Math.pow(survival, Math.exp(WilsonInterval.Z_95 * se));
        double upper = Math.pow(survival, Math.exp(-WilsonInterval.Z_95 * se));
        return new Step(time, atRisk, events, censored, survival, survival * survival * sum, lower, upper);
    }

    private static Median median(List<Step> steps) {
        return new Median(firstAtOrBelowHalf(steps, Step::survival), firstAtOrBelowHalf(steps, Step::lower),
                firstAtOrBelowHalf(steps, Step::upper));
    }

    private static Double firstAtOrBelowHalf(List<Step> steps, java.util.function.Function<Step, Double> value) {
        for (Step s : steps) {
            Double v = s.survival() == 0.0 ? Double.valueOf(0.0) : value.apply(s);
            if (v <= 0.5) {
                return s.time();
            }
        }
        return null;
    }

    /** S(t): the curve just after time {@code t} (1 before the first event). */
    public double survivalAt(double time) {
        double survival = 1.0;
        for (Step s : steps) {
            if (s.time() > time) {
                break;
            }
            survival = s.survival();
        }
        return survival;
    }

    /** How many were still at risk at {@code time}: observed for at least that long (the table under a curve). */
    public int atRiskAt(double time) {
        int count = 0;
        for (Observation o : observations) {
            if (o.time() >= time) {
                count++;
            }
        }
        return count;
    }

    /** How many were at risk at each of the asked-for times, in their order. */
    public List<Integer> atRiskAt(List<Double> times) {
        return times.stream().map(this::atRiskAt).toList();
    }
}
