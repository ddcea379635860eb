package org.regenpath.followup;

import java.util.Objects;
import java.util.Set;

/**
 * An instrument in an instrument set and when it is asked.
 *
 * @param instrumentId the instrument
 * @param administer when it is asked
 * @param timePointIds the time points, for {@link Administer#LISTED_TIME_POINTS}; empty otherwise
 * @param whenWordingNotInstalled the instrument asked instead while this one's licensed wording is not installed,
 *     or {@code null} for none (then nothing is asked in its place)
 */
public record PlannedInstrument(String instrumentId, Administer administer, Set<String> timePointIds,
        String whenWordingNotInstalled) {

    public PlannedInstrument {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(administer, "administer");
        timePointIds = Set.copyOf(timePointIds);
        if ((administer == Administer.LISTED_TIME_POINTS) == timePointIds.isEmpty()) {
            throw new IllegalArgumentException(instrumentId + ": list time points exactly when they are listed");
        }
    }

    /** An instrument without a replacement. */
    public PlannedInstrument(String instrumentId, Administer administer, Set<String> timePointIds) {
        this(instrumentId, administer, timePointIds, null);
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
