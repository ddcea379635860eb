package org.regenpath.instrument;

/** Whether a scale could be scored. */
public enum ScoreStatus {
    /** Enough items were answered under the instrument's missing-item rule. */
    SCORED,
    /** Too many items are missing; the manual says not to score. The note says which rule applied. */
    NOT_SCORED
}
