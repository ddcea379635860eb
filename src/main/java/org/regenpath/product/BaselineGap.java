package org.regenpath.product;

import java.util.List;

/**
 * Baseline questionnaires not completed before a patient's procedure.
 *
 * @param openInstruments the titles of the questionnaires still open
 * @param reason why they will not be collected, as the care team recorded it, or {@code null} when nobody has
 */
public record BaselineGap(List<String> openInstruments, String reason) {

    public BaselineGap {
        openInstruments = List.copyOf(openInstruments);
    }

    public boolean explained() {
        return reason != null;
    }
}
