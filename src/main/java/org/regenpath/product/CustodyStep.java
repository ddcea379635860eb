package org.regenpath.product;

/**
 * What happened to a product in one custody event, and the state it leaves the product in. Every step is
 * recorded as an append-only {@link CustodyEvent}; recording QC results keeps the product in PROCESSING.
 */
public enum CustodyStep {
    COLLECTED(ProductState.COLLECTED, "be COLLECTED", "Collected"),
    PROCESSING_STARTED(ProductState.PROCESSING, "go to PROCESSING", "Processing started"),
    QC_RECORDED(ProductState.PROCESSING, "have QC results recorded", "QC recorded"),
    RELEASED(ProductState.RELEASED, "be RELEASED", "Released for injection"),
    QUARANTINED(ProductState.QUARANTINED, "be QUARANTINED", "Quarantined"),
    PROCESSING_RESUMED(ProductState.PROCESSING, "go back to PROCESSING", "Processing resumed"),
    REJECTED(ProductState.REJECTED, "be REJECTED", "Rejected"),
    DISCARDED(ProductState.DISCARDED, "be DISCARDED", "Discarded"),
    ADMINISTERED(ProductState.ADMINISTERED, "be ADMINISTERED", "Administered (injected)");

    private final ProductState resultingState;
    private final String attempt;
    private final String label;

    CustodyStep(ProductState resultingState, String attempt, String label) {
        this.resultingState = resultingState;
        this.attempt = attempt;
        this.label = label;
    }

    /** The step as the custody history shows it to people. */
    public String label() {
        return label;
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
