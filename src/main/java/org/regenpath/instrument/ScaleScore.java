package org.regenpath.instrument;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The score of one scale of a response: the total, or one KOOS subscale.
 *
 * @param scale the scale id ({@code total}, or a KOOS subscale id such as {@code pain})
 * @param label the scale's name
 * @param status whether it was scored
 * @param value the reported score, or {@code null} when not scored; use {@link #valueIfScored()}
 * @param rawSum the sum of the answered items' ordinals (before any conversion), or {@code null} for categories
 * @param answered how many of the scale's items were answered
 * @param itemCount how many items the scale has
 * @param band the published severity band or category, or {@code null} where the instrument has none
 * @param provenance how the value was obtained
 * @param note why it was not scored, or how missing items were handled, or {@code null}
 */
public record ScaleScore(String scale, String label, ScoreStatus status, Double value, Integer rawSum, int answered,
        int itemCount, String band, Provenance provenance, String note) {

    public ScaleScore {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(provenance, "provenance");
        if ((status == ScoreStatus.SCORED) == (value == null)) {
            throw new IllegalArgumentException("A scored scale has a value and an unscored one has none");
        }
    }

    static ScaleScore scored(String scale, String label, double value, Integer rawSum, int answered, int itemCount,
            String band, Provenance provenance, String note) {
        return new ScaleScore(scale, label, ScoreStatus.SCORED, value, rawSum, answered, itemCount, band, provenance,
                note);
    }

    static ScaleScore notScored(String scale, String label, int answered, int itemCount, String reason) {
        return new ScaleScore(scale, label, ScoreStatus.NOT_SCORED, null, null, answered, itemCount, null,
                Provenance.NONE, reason);
    }

    /** True when a value was computed. */
    public boolean isScored() {
        return status == ScoreStatus.SCORED;
    }

    /** The value, empty when not scored. */
    public OptionalDouble valueIfScored() {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
