package org.regenpath.product;

import java.time.Instant;

/**
 * A harvest as the API sends it: the approved plan it is collected for and the collection step.
 *
 * @param planId the patient's treatment plan; its approved version gives cell source and product type
 * @param location where the harvest happened
 * @param device the harvest device, or {@code null}
 * @param kitLot the harvest kit lot, or {@code null}
 * @param measurements what was measured at harvest (e.g. aspirate volume), or {@code null}
 * @param notes notes, or {@code null}
 * @param happenedAt when it happened, for a step recorded after the fact; {@code null} when it is happening now
 */
public record CollectInput(
        Long planId, String location, String device, String kitLot, Measurements measurements, String notes,
        Instant happenedAt) {

    /** A harvest recorded as it happens. */
    public CollectInput(Long planId, String location, String device, String kitLot, Measurements measurements,
            String notes) {
        this(planId, location, device, kitLot, measurements, notes, null);
    }
}
