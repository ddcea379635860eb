package org.regenpath.followup;

/** When a planned instrument is asked. */
public enum Administer {
    /** At the baseline and at every follow-up. */
    EVERY_TIME_POINT,
    /** At every follow-up but not at the baseline (PGIC asks about change since treatment). */
    FOLLOW_UPS_ONLY,
    /** Only at the listed time points (PHQ-9 at baseline and 12 months). */
    LISTED_TIME_POINTS
}
