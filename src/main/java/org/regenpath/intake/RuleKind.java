package org.regenpath.intake;

/** The kinds of screening rule the engine knows; the rule set's data chooses the parameters. */
enum RuleKind {
    /**
     * A health-screen fact answered YES gives the rule's outcome; UNKNOWN gives NEEDS_REVIEW. With
     * {@code highRiskSites}, a condition at one of those sites gives the {@code highRiskMessage} instead.
     */
    FACT,
    /** Each active condition must have lasted {@code minMonths}. */
    CHRONIC_DURATION,
    /**
     * Each active condition must have had a treatment from {@code categories} for the clinic policy's minimum
     * weeks (or stopped because it was not tolerated) without good relief.
     */
    CONSERVATIVE_CARE,
    /** An osteoarthritis condition graded {@code minGrade} or worse on Kellgren-Lawrence needs review. */
    OA_SEVERITY,
    /** The patient must have at least one active condition. */
    NO_CONDITION,
    /** A condition whose catalog evidence level is one of {@code levels}. */
    EVIDENCE_LEVEL,
    /** A condition that is one of the catalog {@code conditions}. */
    CONDITION,
    /** A corticosteroid injection at the condition's site within the clinic policy's washout. */
    RECENT_STEROID_INJECTION,
    /** Diabetes ({@code fact}) with an HbA1c above the clinic policy, or not recorded. */
    DIABETES_CONTROL,
    /** A BMI at or above the clinic policy, or not recorded. */
    BMI
}
