package org.regenpath.registry.web;

import java.time.LocalDate;
import org.regenpath.registry.OmeractOarsi;
import org.regenpath.registry.RegistryFigures;

/**
 * Osteoarthritis responders by the OMERACT-OARSI criteria at each time point, with three denominators side by side.
 *
 * @param countedTo the day counted to, in the clinic's time zone
 * @param treated how many treated patients the filter kept
 * @param domains which domains the criteria were evaluated on
 * @param responders the figures
 */
record OsteoarthritisRespondersResponse(LocalDate countedTo, int treated, String domains,
        OmeractOarsi.Figures responders) {

    static OsteoarthritisRespondersResponse of(RegistryFigures.OsteoarthritisResponders r) {
        return new OsteoarthritisRespondersResponse(r.countedTo(), r.treated(), "Evaluated on two domains, pain and "
                + "function: patient global assessment is not collected, so both must improve where the criteria "
                + "ask for two of three.", r.figures());
    }
}
