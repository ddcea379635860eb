package org.regenpath.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.regenpath.instrument.ExactScore;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.ResponderStatus;
import org.regenpath.instrument.Responders;
import org.regenpath.instrument.Threshold;
import org.regenpath.shared.PatientId;

/**
 * Responders at each follow-up time point, with three denominators side by side and never one alone (decision
 * 0043). Pure: it counts a cohort it is given.
 *
 * <p>The measures: a reduction of at least 30 % and of at least 50 % in NRS-11 pain from baseline (IMMPACT:
 * Dworkin RH et al., J Pain 2008;9(2):105-121, moderately important and substantial), and an improvement reaching
 * the primary instrument's MCID (from the instrument catalog). Whether one patient responds is decided by
 * {@link Responders#assess} alone (exact comparisons), never here.
 *
 * <p>At a time point, a patient is <em>due</em> once its date (the day treated plus its months) is on or before the
 * day counted to; only due patients count. For each measure the patients whose measure does not apply (a baseline
 * of 0 for the IMMPACT percentages, or an instrument without an MCID) are left out of all three denominators and
 * counted apart. The three figures:
 * <ul>
 *   <li><b>completers</b>: of those who answered at the time point (with a baseline), how many responded;</li>
 *   <li><b>missing = non-responder</b>: of everyone treated and due, how many answered and responded (a missing
 *       answer or baseline counts as not responding);</li>
 *   <li><b>last observation carried forward</b>: of everyone due with any answer up to then, counting for a
 *       patient who did not answer the last earlier answer, the baseline included (which is no change, so not a
 *       response).</li>
 * </ul>
 * The share missing is, of everyone due, how many gave no answer at the time point. Each figure is a numerator,
 * a denominator and a 95 % interval: Wilson's score interval, or the exact Clopper–Pearson interval on request.
 */
public final class ResponderRates {

    /** The follow-up time points counted, with their months after the procedure (the default schedule template). */
    public static final Map<String, Integer> TIME_POINTS = orderedTimePoints();
    static final String BASELINE = "baseline";

    private ResponderRates() {}

    /** Which responder rule. */
    public enum Measure {
        /** NRS-11 pain reduced by at least 30 % (IMMPACT, moderately important). */
        PAIN_30_PERCENT,
        /** NRS-11 pain reduced by at least 50 % (IMMPACT, substantial). */
        PAIN_50_PERCENT,
        /** The primary instrument improved by at least its MCID. */
        PRIMARY_MCID
    }

    /**
     * One treated patient's scores: time point id ({@code baseline}, {@code 1m}, ...) to the exact score.
     *
     * @param patientId who
     * @param treatedOn the day of the procedure, in the clinic's time zone
     * @param pain the NRS-11 scores
     * @param primary the primary instrument's scores (the same map as {@code pain} when NRS-11 is primary)
     */
    public record Patient(PatientId patientId, LocalDate treatedOn, Map<String, ExactScore> pain,
            Map<String, ExactScore> primary) {

        public Patient {
            Objects.requireNonNull(patientId, "patientId");
            Objects.requireNonNull(treatedOn, "treatedOn");
            pain = Map.copyOf(pain);
            primary = Map.copyOf(primary);
        }
    }

    /** The 95 % interval a rate is stated with. */
    public enum Interval { WILSON, CLOPPER_PEARSON }

    /**
     * The figures at one time point.
     *
     * @param timePointId the time point
     * @param months months after the procedure
     * @param due how many treated patients were due
     * @param missing of those due, how many gave no answer to the primary instrument (with its interval)
     * @param measures the figures of each measure
     */
    public record TimePointRates(String timePointId, int months, int due, Rate missing, List<MeasureRates> measures) {

        public TimePointRates {
            measures = List.copyOf(measures);
        }

        /** The figures of one measure. */
        public MeasureRates measure(Measure m) {
            return measures.stream().filter(r -> r.measure() == m).findFirst().orElseThrow();
        }
    }

    /**
     * One measure's three figures at a time point.
     *
     * @param measure the rule
     * @param notApplicable due patients left out because the rule does not apply to them
     * @param completers responders among those who answered
     * @param missingAsNonResponder responders among everyone due, a missing answer counting as not responding
     * @param lastObservationCarriedForward responders among everyone due with an answer, carrying the last forward
     */
    public record MeasureRates(Measure measure, int notApplicable, Rate completers, Rate missingAsNonResponder,
            Rate lastObservationCarriedForward) {}

    /** The figures at every time point, with Wilson intervals. */
    public static List<TimePointRates> of(Instrument painInstrument, Instrument primaryInstrument,
            Collection<Patient> cohort, LocalDate countedTo) {
        return of(painInstrument, primaryInstrument, cohort, countedTo, Interval.WILSON);
    }

    /** The figures at every time point, with the asked-for interval. */
    public static List<TimePointRates> of(Instrument painInstrument, Instrument primaryInstrument,
            Collection<Patient> cohort, LocalDate countedTo, Interval interval) {
        List<TimePointRates> out = new ArrayList<>();
        for (var tp : TIME_POINTS.entrySet()) {
            List<Patient> due = cohort.stream()
                    .filter(p -> !p.treatedOn().plusMonths(tp.getValue()).isAfter(countedTo)).toList();
            int missing = (int) due.stream().filter(p -> !p.primary().containsKey(tp.getKey())).count();
            List<MeasureRates> measures = new ArrayList<>();
            for (Measure m : Measure.values()) {
                measures.add(measure(m, m == Measure.PRIMARY_MCID ? primaryInstrument : painInstrument, due,
                        tp.getKey(), interval));
            }
            out.add(new TimePointRates(tp.getKey(), tp.getValue(), due.size(), Rate.of(missing, due.size(), interval),
                    measures));
        }
        return out;
    }

    private static MeasureRates measure(Measure m, Instrument instrument, List<Patient> due, String timePoint,
            Interval interval) {
        ThreeDenominators.Tally t = ThreeDenominators.tally(due, timePoint, new ThreeDenominators.Assessor<>() {
            @Override
            public Threshold status(Patient p, String tp) {
                return ResponderRates.status(m, instrument, scores(m, p), tp);
            }

            @Override
            public boolean hasBaseline(Patient p) {
                return scores(m, p).containsKey(BASELINE);
            }
        }, interval);
        return new MeasureRates(m, t.notApplicable(), t.completers(), t.missingAsNonResponder(),
                t.lastObservationCarriedForward());
    }

    private static Map<String, ExactScore> scores(Measure m, Patient p) {
        return m == Measure.PRIMARY_MCID ? p.primary() : p.pain();
    }

    /** The status at a time point, or {@code null} when the answer or the baseline is missing. */
    static Threshold status(Measure m, Instrument instrument, Map<String, ExactScore> scores, String timePoint) {
        ExactScore baseline = scores.get(BASELINE);
        ExactScore followUp = scores.get(timePoint);
        if (m == Measure.PRIMARY_MCID && instrument.scoring().mcid() == null) {
            return Threshold.NOT_APPLICABLE;
        }
        if (baseline == null || followUp == null) {
            return baselineZero(m, baseline) ? Threshold.NOT_APPLICABLE : null;
        }
        ResponderStatus s = Responders.assess(instrument, baseline, followUp);
        return switch (m) {
            case PAIN_30_PERCENT -> s.thirtyPercent();
            case PAIN_50_PERCENT -> s.fiftyPercent();
            case PRIMARY_MCID -> s.mcid();
        };
    }

    /** A pain baseline of 0 leaves no pain to reduce: the IMMPACT percentages do not apply (instrument.Responders). */
    private static boolean baselineZero(Measure m, ExactScore baseline) {
        return m != Measure.PRIMARY_MCID && baseline != null && baseline.numerator().signum() == 0;
    }

    private static Map<String, Integer> orderedTimePoints() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("1m", 1);
        map.put("3m", 3);
        map.put("6m", 6);
        map.put("12m", 12);
        map.put("24m", 24);
        return Collections.unmodifiableMap(map);
    }
}
