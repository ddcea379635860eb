package org.regenpath.instrument;

/** Whether a responder threshold was met. */
public enum Threshold {
    REACHED,
    NOT_REACHED,
    /** The threshold does not apply: no baseline to take a percentage of, or the instrument has no such measure. */
    NOT_APPLICABLE
}
