package org.regenpath.product;

/**
 * What happened to a product in one custody event, and the state it leaves the product in. Every step is
 * recorded as an append-only {@link CustodyEvent}; recording QC results keeps the product in PROCESSING.
 */
public enum CustodyStep {
    COLLECTED(ProductState.COLLECTED, "be collected", "Collected"),
    PROCESSING_STARTED(ProductState.PROCESSING, "go to processing", "Processing started"),
    QC_RECORDED(ProductState.PROCESSING, "have QC results recorded", "QC recorded"),
    RELEASED(ProductState.RELEASED, "be released", "Released for injection"),
    QUARANTINED(ProductState.QUARANTINED, "be quarantined", "Quarantined"),
    PROCESSING_RESUMED(ProductState.PROCESSING, "go back to processing", "Processing resumed"),
    REJECTED(ProductState.REJECTED, "be rejected", "Rejected"),
    DISCARDED(ProductState.DISCARDED, "be discarded", "Discarded"),
    ADMINISTERED(ProductState.ADMINISTERED, "be administered", "Administered (injected)");

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

    /** The step as the end of "it cannot ...", e.g. "be administered". */
    String attempt() {
        return attempt;
    }

    /** Whether the step marks the start of (re)processing, after which QC must be recorded anew. */
    boolean startsProcessing() {
        return this == PROCESSING_STARTED || this == PROCESSING_RESUMED;
    }
}
