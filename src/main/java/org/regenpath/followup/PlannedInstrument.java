package org.regenpath.followup;

import java.util.Objects;
import java.util.Set;

/**
 * An instrument in an instrument set and when it is asked.
 *
 * @param instrumentId the instrument
 * @param administer when it is asked
 * @param timePointIds the time points, for {@link Administer#LISTED_TIME_POINTS}; empty otherwise
 */
public record PlannedInstrument(String instrumentId, Administer administer, Set<String> timePointIds) {

    public PlannedInstrument {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(administer, "administer");
        timePointIds = Set.copyOf(timePointIds);
        if ((administer == Administer.LISTED_TIME_POINTS) == timePointIds.isEmpty()) {
            throw new IllegalArgumentException(instrumentId + ": list time points exactly when they are listed");
        }
    }

    /** Whether the instrument is asked at this time point. */
    public boolean appliesAt(TimePoint point) {
        return switch (administer) {
            case EVERY_TIME_POINT -> true;
            case FOLLOW_UPS_ONLY -> !point.baseline();
            case LISTED_TIME_POINTS -> timePointIds.contains(point.id());
        };
    }
}
