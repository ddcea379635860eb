package org.regenpath.trace;

import java.util.List;

/**
 * What a kit lot or device touched: every product with a custody step that used it, and every patient of those
 * products.
 *
 * @param kitLot the kit lot searched for, or {@code null}
 * @param device the device searched for, or {@code null}
 * @param products the clinic's products that used it, newest first
 * @param patients the patients of those products, each once
 */
public record LotTrace(String kitLot, String device, List<TracedProduct> products, List<TracedPatient> patients) {}
