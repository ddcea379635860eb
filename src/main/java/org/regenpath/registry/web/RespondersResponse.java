package org.regenpath.registry.web;

import java.time.LocalDate;
import java.util.List;
import org.regenpath.registry.Rate;
import org.regenpath.registry.RegistryFigures;
import org.regenpath.registry.ResponderRates;

/**
 * Responders of one clinic's treated patients at each time point, with three denominators side by side.
 *
 * @param countedTo the day counted to, in the clinic's time zone
 * @param treated how many treated patients the filter kept
 * @param primaryInstrument the instrument whose MCID was counted
 * @param interval how the 95 % intervals were computed ({@code wilson} or {@code clopper-pearson})
 * @param timePoints the figures at 1, 3, 6, 12 and 24 months
 */
record RespondersResponse(LocalDate countedTo, int treated, String primaryInstrument, String interval,
        List<TimePoint> timePoints) {

    /**
     * One time point.
     *
     * @param timePoint its id ({@code 1m} … {@code 24m})
     * @param months months after the procedure
     * @param due treated patients due at it
     * @param missing of those due, how many gave no answer
     * @param measures each responder rule's figures
     */
    record TimePoint(String timePoint, int months, int due, Figure missing, List<Measure> measures) {}

    /**
     * One responder rule's three figures.
     *
     * @param measure {@code pain-30-percent}, {@code pain-50-percent} or {@code primary-mcid}
     * @param notApplicable due patients the rule does not apply to (left out of all three)
     * @param completers among those who answered
     * @param missingAsNonResponder among everyone due, a missing answer counting as not responding
     * @param lastObservationCarriedForward among everyone due with an answer up to then
     */
    record Measure(String measure, int notApplicable, Figure completers, Figure missingAsNonResponder,
            Figure lastObservationCarriedForward) {}

    /**
     * A count of a denominator with its 95 % interval ({@code null} when the denominator is 0).
     *
     * @param count the numerator
     * @param of the denominator
     * @param estimate count / of
     * @param lower the lower 95 % bound
     * @param upper the upper 95 % bound
     */
    record Figure(int count, int of, Double estimate, Double lower, Double upper) {

        static Figure of(Rate r) {
            return new Figure(r.count(), r.of(), r.estimate(), r.lower(), r.upper());
        }
    }

    static RespondersResponse of(RegistryFigures.Responders r) {
        String interval = r.timePoints().isEmpty() ? "wilson"
                : r.timePoints().get(0).missing().interval() == ResponderRates.Interval.WILSON ? "wilson"
                        : "clopper-pearson";
        return new RespondersResponse(r.countedTo(), r.treated(), r.primaryInstrumentId(), interval,
                r.timePoints().stream().map(t -> new TimePoint(t.timePointId(), t.months(), t.due(),
                        Figure.of(t.missing()), t.measures().stream().map(RespondersResponse::measure).toList()))
                        .toList());
    }

    private static Measure measure(ResponderRates.MeasureRates m) {
        return new Measure(m.measure().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                m.notApplicable(), Figure.of(m.completers()), Figure.of(m.missingAsNonResponder()),
                Figure.of(m.lastObservationCarriedForward()));
    }
}
