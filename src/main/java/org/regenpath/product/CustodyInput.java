package org.regenpath.product;

import java.time.Instant;

/**
 * A custody step as the API sends it.
 *
 * @param action what is recorded
 * @param version the product's optimistic-locking version the sender read
 * @param location where it happens
 * @param device the device or system used, required for processing
 * @param kitLot the kit lot, required for processing
 * @param measurements QC results, for QC
 * @param notes notes, or the reason for quarantine, rejection and discard
 * @param happenedAt when it happened, for a step recorded after the fact; {@code null} when it is happening now
 */
public record CustodyInput(
        CustodyAction action, Long version, String location, String device, String kitLot,
        Measurements measurements, String notes, Instant happenedAt) {

    /** A step happening now. */
    public CustodyInput(CustodyAction action, Long version, String location, String device, String kitLot,
            Measurements measurements, String notes) {
        this(action, version, location, device, kitLot, measurements, notes, null);
    }
}
