package org.regenpath.instrument;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The scores of one completed response: one scale for most instruments, five for KOOS.
 *
 * @param instrumentId the instrument scored
 * @param rule the scoring rule applied
 * @param scales the scale scores, in the instrument's order
 * @param flags facts to act on (PHQ-9 item 9) or classifications (PGIC responder)
 */
public record Score(String instrumentId, String rule, List<ScaleScore> scales, Set<ScoreFlag> flags) {

    /** The scale id of single-scale instruments. */
    public static final String TOTAL = "total";

    public Score {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(rule, "rule");
        scales = List.copyOf(scales);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** The scale with this id. */
    public ScaleScore scale(String scaleId) {
        return scales.stream().filter(s -> s.scale().equals(scaleId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(instrumentId + " has no scale " + scaleId));
    }

    /** The total of a single-scale instrument. */
    public ScaleScore total() {
        return scale(TOTAL);
    }

    /** Whether a flag was raised. */
    public boolean has(ScoreFlag flag) {
        return flags.contains(flag);
    }
}
