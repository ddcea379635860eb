package org.regenpath.product;

/**
 * A harvest as the API sends it: the approved plan it is collected for and the collection step.
 *
 * @param planId the patient's treatment plan; its approved version gives cell source and product type
 * @param location where the harvest happened
 * @param device the harvest device, or {@code null}
 * @param kitLot the harvest kit lot, or {@code null}
 * @param measurements what was measured at harvest (e.g. aspirate volume), or {@code null}
 * @param notes notes, or {@code null}
 */
public record CollectInput(
        Long planId, String location, String device, String kitLot, Measurements measurements, String notes) {}
