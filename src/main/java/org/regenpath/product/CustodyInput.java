package org.regenpath.product;

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
 */
public record CustodyInput(
        CustodyAction action, Long version, String location, String device, String kitLot,
        Measurements measurements, String notes) {}
