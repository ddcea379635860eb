package org.regenpath.registry.web;

import java.time.LocalDate;
import org.regenpath.registry.RegistryFigures;
import org.regenpath.registry.ResponseSurvival;

/**
 * Kaplan–Meier curves of the time to first response (NRS-11 reduced by at least 30 %) and of its durability, with
 * Greenwood's variance, log-log 95 % limits and the number at risk.
 *
 * @param countedTo the day counted to, in the clinic's time zone
 * @param treated how many treated patients the filter kept
 * @param eventTimes how follow-up seen only at time points is timed
 * @param survival both curves and the patients on neither
 */
record SurvivalResponse(LocalDate countedTo, int treated, String eventTimes, ResponseSurvival.Figures survival) {

    static SurvivalResponse of(RegistryFigures.Survival s) {
        return new SurvivalResponse(s.countedTo(), s.treated(), "An event or a censoring is placed at the nominal "
                + "month of the time point where it was seen (1, 3, 6, 12 or 24 months).", s.figures());
    }
}
