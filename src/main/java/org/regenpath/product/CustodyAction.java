package org.regenpath.product;

import java.util.Arrays;
import java.util.List;

/** The custody steps a lab technician or clinician records through the API, after collection. */
public enum CustodyAction {
    PROCESS(CustodyStep.PROCESSING_STARTED, "Start processing"),
    QC(CustodyStep.QC_RECORDED, "Record quality control (QC)"),
    QUARANTINE(CustodyStep.QUARANTINED, "Quarantine"),
    RESUME(CustodyStep.PROCESSING_RESUMED, "Resume processing after quarantine"),
    REJECT(CustodyStep.REJECTED, "Reject"),
    RELEASE(CustodyStep.RELEASED, "Release for injection (a second person)"),
    DISCARD(CustodyStep.DISCARDED, "Discard");

    private final CustodyStep step;
    private final String label;

    CustodyAction(CustodyStep step, String label) {
        this.step = step;
        this.label = label;
    }

    /** The custody step this action records. */
    public CustodyStep step() {
        return step;
    }

    /** What the step menu says. */
    public String label() {
        return label;
    }

    /** The actions a product in this state may take next, in the order of the happy path. */
    public static List<CustodyAction> availableFrom(ProductState state) {
        return Arrays.stream(values()).filter(a -> state.allows(a.step)).toList();
    }
}
