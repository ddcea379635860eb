package org.regenpath.instrument;

/** Which way an instrument's score improves; responder status depends on it. */
public enum Direction {
    /** Pain and disability scores: NRS, PEG, ODI, NDI, PHQ-9. */
    LOWER_IS_BETTER,
    /** Health scores: KOOS, KOOS JR, HOOS JR (100 = no problems). */
    HIGHER_IS_BETTER,
    /** Categorical answers with no numeric direction (PGIC). */
    NOT_ORDERED
}
