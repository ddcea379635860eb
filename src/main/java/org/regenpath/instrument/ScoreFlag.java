package org.regenpath.instrument;

/** Facts about a response that someone must act on or that classify it, beyond its numbers. */
public enum ScoreFlag {
    /**
     * PHQ-9 item 9 (thoughts of being better off dead or of self-harm) was answered above "Not at all". Raised even
     * when the total cannot be scored; the clinic's safety procedure decides what follows.
     */
    PHQ9_ITEM9_POSITIVE,
    /** PGIC "much improved" or "very much improved": a responder per Farrar 2001 and IMMPACT. */
    PGIC_RESPONDER
}
