package org.regenpath.registry.web;

import java.time.LocalDate;
import java.util.List;
import org.regenpath.registry.CohortTrajectories;
import org.regenpath.registry.RegistryFigures;

/**
 * Per instrument and time point, the median and interquartile range of the score and of the improvement from
 * baseline (positive = better), each with its n, and the time to peak improvement.
 *
 * @param countedTo the day counted to, in the clinic's time zone
 * @param treated how many treated patients the filter kept
 * @param quantiles how the quartiles were computed
 * @param instruments each answered instrument's trajectory
 */
record TrajectoriesResponse(LocalDate countedTo, int treated, String quantiles,
        List<CohortTrajectories.InstrumentTrajectory> instruments) {

    static TrajectoriesResponse of(RegistryFigures.Trajectories t) {
        return new TrajectoriesResponse(t.countedTo(), t.treated(),
                "Hyndman and Fan definition 7 (the default of R and NumPy)", t.instruments());
    }
}
