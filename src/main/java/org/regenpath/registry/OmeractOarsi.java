package org.regenpath.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.regenpath.instrument.Direction;
import org.regenpath.instrument.ExactScore;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.Threshold;

/**
 * The OMERACT-OARSI responder criteria for osteoarthritis (Pham T et al., Osteoarthritis Cartilage
 * 2004;12:389-399, doi:10.1016/j.joca.2004.02.001; first set out in J Rheumatol 2003;30(7):1648-1654). Pure.
 *
 * <p>Each domain is put on a 0–100 scale on which higher is worse (an NRS-11 answer times 10; a KOOS JR or HOOS JR
 * interval score, 100 = best, flipped to 100 minus the score). A patient responds when either
 * <ol>
 *   <li>pain or function improves by at least 50 % of baseline <em>and</em> by at least 20 points (high
 *       improvement), or</li>
 *   <li>at least two of pain, function and patient global assessment improve by at least 20 % <em>and</em> by at
 *       least 10 points.</li>
 * </ol>
 * Regenpath collects no patient global assessment of disease activity (the PGIC it asks is a rating of change
 * since treatment, not a score that can change from baseline), so the criteria are evaluated on two domains, pain
 * and function, and "two of three" becomes "both" (decision 0048). Comparisons are exact: scores are fractions
 * ({@link ExactScore}) and the cut-offs are compared by cross-multiplying, never through doubles.
 */
public final class OmeractOarsi {

    /** Per condition, the instrument that stands for the function domain (the project's instrument sets). */
    public static final Map<String, String> FUNCTION_INSTRUMENT = Map.of("knee-oa", "koos-jr", "hip-oa", "hoos-jr");

    /** How many of the criteria's three domains Regenpath collects (pain and function; no patient global). */
    public static final int DOMAINS_EVALUATED = 2;

    static final BigDecimal HIGH_PERCENT = BigDecimal.valueOf(50);
    static final BigDecimal HIGH_POINTS = BigDecimal.valueOf(20);
    static final BigDecimal LOW_PERCENT = BigDecimal.valueOf(20);
    static final BigDecimal LOW_POINTS = BigDecimal.valueOf(10);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OmeractOarsi() {}

    /**
     * One domain's scores: the instrument, the baseline and the follow-up.
     *
     * @param instrument the instrument scored
     * @param baseline the baseline score
     * @param followUp the follow-up score
     */
    public record Domain(Instrument instrument, ExactScore baseline, ExactScore followUp) {
        public Domain {
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(followUp, "followUp");
        }
    }

    /**
     * Whether a domain improved by at least {@code percent} % of its baseline and by at least {@code points} on the
     * 0–100 scale, exactly.
     */
    static boolean improved(Domain d, BigDecimal percent, BigDecimal points) {
        // worse = a / q on 0-100 with q > 0; the improvement is (ab qf - af qb) / (qb qf).
        BigDecimal qb = range(d.instrument()).multiply(BigDecimal.valueOf(d.baseline().denominator()));
        BigDecimal qf = range(d.instrument()).multiply(BigDecimal.valueOf(d.followUp().denominator()));
        BigDecimal ab = worse(d.instrument(), d.baseline());
        BigDecimal af = worse(d.instrument(), d.followUp());
        BigDecimal improvement = ab.multiply(qf).subtract(af.multiply(qb));
        boolean relative = improvement.multiply(HUNDRED).compareTo(percent.multiply(ab).multiply(qf)) >= 0;
        boolean absolute = improvement.compareTo(points.multiply(qb).multiply(qf)) >= 0;
        return relative && absolute;
    }

    /** Whether the patient responds, from the pain and the function domain at one follow-up. */
    public static Threshold assess(Domain pain, Domain function) {
        boolean high = improved(pain, HIGH_PERCENT, HIGH_POINTS) || improved(function, HIGH_PERCENT, HIGH_POINTS);
        boolean low = improved(pain, LOW_PERCENT, LOW_POINTS) && improved(function, LOW_PERCENT, LOW_POINTS);
        return high || low ? Threshold.REACHED : Threshold.NOT_REACHED;
    }

    /**
     * The criteria's figures at one time point, with the three denominators of the other responder figures.
     *
     * @param timePointId the time point
     * @param months months after the procedure
     * @param due treated patients due at it
     * @param notApplicable due patients without osteoarthritis of the knee or hip (no function instrument)
     * @param missing of the due patients the criteria apply to, how many did not answer both pain and function
     * @param completers responders among those who answered both
     * @param missingAsNonResponder responders among everyone due, a missing answer counting as not responding
     * @param lastObservationCarriedForward responders among everyone due with answers, carrying the last forward
     */
    public record TimePoint(String timePointId, int months, int due, int notApplicable, Rate missing,
            Rate completers, Rate missingAsNonResponder, Rate lastObservationCarriedForward) {}

    /**
     * The criteria's figures at every time point.
     *
     * @param domainsEvaluated how many domains the criteria were evaluated on (2 of 3)
     * @param painInstrumentId the pain instrument
     * @param functionInstrumentIds per condition, the function instrument
     * @param timePoints the figures at 1, 3, 6, 12 and 24 months
     */
    public record Figures(int domainsEvaluated, String painInstrumentId, Map<String, String> functionInstrumentIds,
            List<TimePoint> timePoints) {
        public Figures {
            functionInstrumentIds = Map.copyOf(functionInstrumentIds);
            timePoints = List.copyOf(timePoints);
        }
    }

    /** The figures of a cohort counted to a day, with the asked-for interval. */
    static Figures rates(Instrument pain, Function<String, Instrument> instruments, List<Cohorts.Treated> cohort,
            LocalDate countedTo, ResponderRates.Interval interval) {
        ThreeDenominators.Assessor<Cohorts.Treated> rule = new ThreeDenominators.Assessor<>() {
            @Override
            public Threshold status(Cohorts.Treated p, String timePointId) {
                String function = FUNCTION_INSTRUMENT.get(p.conditionId());
                if (function == null) {
                    return Threshold.NOT_APPLICABLE;
                }
                Map<String, ExactScore> painScores = p.of(pain.id());
                Map<String, ExactScore> functionScores = p.of(function);
                if (!hasBaseline(p) || !painScores.containsKey(timePointId)
                        || !functionScores.containsKey(timePointId)) {
                    return null;
                }
                return assess(new Domain(pain, painScores.get(ResponderRates.BASELINE), painScores.get(timePointId)),
                        new Domain(instruments.apply(function), functionScores.get(ResponderRates.BASELINE),
                                functionScores.get(timePointId)));
            }

            @Override
            public boolean hasBaseline(Cohorts.Treated p) {
                String function = FUNCTION_INSTRUMENT.get(p.conditionId());
                return function != null && p.of(pain.id()).containsKey(ResponderRates.BASELINE)
                        && p.of(function).containsKey(ResponderRates.BASELINE);
            }
        };
        List<TimePoint> out = new ArrayList<>();
        for (var tp : ResponderRates.TIME_POINTS.entrySet()) {
            List<Cohorts.Treated> due = cohort.stream()
                    .filter(p -> !p.treatedOn().plusMonths(tp.getValue()).isAfter(countedTo)).toList();
            List<Cohorts.Treated> applicable = due.stream()
                    .filter(p -> FUNCTION_INSTRUMENT.containsKey(p.conditionId())).toList();
            int missing = (int) applicable.stream().filter(p -> !p.of(pain.id()).containsKey(tp.getKey())
                    || !p.of(FUNCTION_INSTRUMENT.get(p.conditionId())).containsKey(tp.getKey())).count();
            ThreeDenominators.Tally t = ThreeDenominators.tally(due, tp.getKey(), rule, interval);
            out.add(new TimePoint(tp.getKey(), tp.getValue(), due.size(), t.notApplicable(),
                    Rate.of(missing, applicable.size(), interval), t.completers(), t.missingAsNonResponder(),
                    t.lastObservationCarriedForward()));
        }
        return new Figures(DOMAINS_EVALUATED, pain.id(), FUNCTION_INSTRUMENT, out);
    }

    /** The score on 0–100 with higher worse, times {@link #range} times the score's denominator. */
    private static BigDecimal worse(Instrument instrument, ExactScore score) {
        BigDecimal d = BigDecimal.valueOf(score.denominator());
        BigDecimal fromBest = instrument.scoring().direction() == Direction.HIGHER_IS_BETTER
                ? instrument.scoring().max().multiply(d).subtract(score.numerator())
                : score.numerator().subtract(instrument.scoring().min().multiply(d));
        return fromBest.multiply(HUNDRED);
    }

    private static BigDecimal range(Instrument instrument) {
        if (instrument.scoring().direction() == Direction.NOT_ORDERED) {
            throw new IllegalArgumentException(instrument.title() + " is categorical; it has no 0-100 scale");
        }
        return instrument.scoring().max().subtract(instrument.scoring().min());
    }
}
