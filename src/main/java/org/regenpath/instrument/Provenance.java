package org.regenpath.instrument;

/** How a reported value was obtained, so that a reader can judge how far to trust it. */
public enum Provenance {
    /** Computed from the answers by the published formula. */
    FORMULA,
    /** Looked up in a published conversion table; this table value was checked against an independent source. */
    TABLE_VERIFIED,
    /**
     * Looked up in a conversion table whose value has not been checked against the publisher's table
     * (reference/clinical-standards.md Appendix A). Show it with that caveat.
     */
    TABLE_UNVERIFIED,
    /** A category, not a number on a scale (PGIC). */
    CATEGORY,
    /** Nothing was computed (see {@link ScoreStatus#NOT_SCORED}). */
    NONE
}
