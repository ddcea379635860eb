package org.regenpath.product;

/**
 * What happened to a product in one custody event, and the state it leaves the product in. Every step is
 * recorded as an append-only {@link CustodyEvent}; recording QC results keeps the product in PROCESSING.
 */
public enum CustodyStep {
    COLLECTED(ProductState.COLLECTED, "be COLLECTED"),
    PROCESSING_STARTED(ProductState.PROCESSING, "go to PROCESSING"),
    QC_RECORDED(ProductState.PROCESSING, "have QC results recorded"),
    RELEASED(ProductState.RELEASED, "be RELEASED"),
    QUARANTINED(ProductState.QUARANTINED, "be QUARANTINED"),
    PROCESSING_RESUMED(ProductState.PROCESSING, "go back to PROCESSING"),
    REJECTED(ProductState.REJECTED, "be REJECTED"),
    DISCARDED(ProductState.DISCARDED, "be DISCARDED"),
    ADMINISTERED(ProductState.ADMINISTERED, "be ADMINISTERED");

    private final ProductState resultingState;
    private final String attempt;

    CustodyStep(ProductState resultingState, String attempt) {
        this.resultingState = resultingState;
        this.attempt = attempt;
    }

    public ProductState resultingState() {
        return resultingState;
    }

    /** The step as the end of "it cannot ...", e.g. "be ADMINISTERED". */
    String attempt() {
        return attempt;
    }

    /** Whether the step marks the start of (re)processing, after which QC must be recorded anew. */
    boolean startsProcessing() {
        return this == PROCESSING_STARTED || this == PROCESSING_RESUMED;
    }
}
