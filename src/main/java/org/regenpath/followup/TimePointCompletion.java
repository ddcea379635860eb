package org.regenpath.followup;

import org.regenpath.shared.stats.WilsonInterval;

/**
 * Completion at one time point across a clinic: the attrition view.
 *
 * @param timePointId the time point ({@code baseline}, {@code 1m}, ...)
 * @param label its name
 * @param enrolled schedules whose window for this time point has opened and was not cancelled (one per treatment
 *     plan, so a patient treated under two plans counts twice)
 * @param answered of those, the ones whose primary instrument was submitted for this time point, on time or late
 * @param answeredLate of the answered, those submitted after the window closed
 * @param stillOpen of those not answered, the ones whose window is still open: they may yet answer on time
 * @param rate answered out of enrolled with its 95 % Wilson score interval
 */
public record TimePointCompletion(String timePointId, String label, int enrolled, int answered, int answeredLate,
        int stillOpen, WilsonInterval rate) {}
