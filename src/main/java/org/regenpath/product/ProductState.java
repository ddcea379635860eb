package org.regenpath.product;

import java.util.Locale;

/**
 * Where a cell product stands in its chain of custody. The happy path is COLLECTED, PROCESSING, RELEASED,
 * ADMINISTERED. A product in doubt is QUARANTINED (from collection, processing or release) until it goes back to
 * processing or is REJECTED; a rejected product is DISCARDED, and any product not yet administered may be
 * discarded with a reason. ADMINISTERED and DISCARDED are final.
 */
public enum ProductState {
    COLLECTED("Collected"),
    PROCESSING("In processing"),
    RELEASED("Released"),
    QUARANTINED("Quarantined"),
    REJECTED("Rejected"),
    ADMINISTERED("Administered"),
    DISCARDED("Discarded");

    private final String label;

    ProductState(String label) {
        this.label = label;
    }

    /**
     * The state as people read it ("Released", "In processing"): badges, filters, messages. The enum name stays the
     * machine value of the JSON API and the lab board's {@code ?state=} links.
     */
    public String label() {
        return label;
    }

    /** The state in the middle of a sentence: "Product … is quarantined". */
    public String words() {
        return label.toLowerCase(Locale.ROOT);
    }

    /** Whether the step may be taken from this state. */
    public boolean allows(CustodyStep step) {
        return switch (this) {
            case COLLECTED -> step == CustodyStep.PROCESSING_STARTED || step == CustodyStep.QUARANTINED
                    || step == CustodyStep.DISCARDED;
            case PROCESSING -> step == CustodyStep.QC_RECORDED || step == CustodyStep.RELEASED
                    || step == CustodyStep.QUARANTINED || step == CustodyStep.DISCARDED;
            case RELEASED -> step == CustodyStep.ADMINISTERED || step == CustodyStep.QUARANTINED
                    || step == CustodyStep.DISCARDED;
            case QUARANTINED -> step == CustodyStep.PROCESSING_RESUMED || step == CustodyStep.REJECTED
                    || step == CustodyStep.DISCARDED;
            case REJECTED -> step == CustodyStep.DISCARDED;
            case ADMINISTERED, DISCARDED -> false;
        };
    }

    /** True for ADMINISTERED and DISCARDED, after which nothing more happens to the product. */
    public boolean isFinal() {
        return this == ADMINISTERED || this == DISCARDED;
    }
}
