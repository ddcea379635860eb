package org.regenpath.intake;

/** The kinds of screening rule the engine knows; the rule set's data chooses the parameters. */
enum RuleKind {
    /** A health-screen fact answered YES gives the rule's outcome; UNKNOWN gives NEEDS_REVIEW. */
    FACT,
    /** Each active condition must have lasted {@code minMonths}. */
    CHRONIC_DURATION,
    /** Each active condition must have had a treatment from {@code categories}. */
    CONSERVATIVE_CARE,
    /** An osteoarthritis condition graded {@code minGrade} or worse on Kellgren-Lawrence needs review. */
    OA_SEVERITY,
    /** The patient must have at least one active condition. */
    NO_CONDITION
}
