package org.regenpath.product;

import java.util.List;

/**
 * What the bedside screen shows after a check: whether the injection was recorded, every rule with its message,
 * and the product as it now stands.
 *
 * @param administered true when every rule passed and the injection was recorded
 * @param attemptId the recorded attempt
 * @param findings every rule evaluated, passed or stopped, in screen order
 * @param product the product
 */
public record AdministrationOutcome(
        boolean administered, long attemptId, List<BedsideFinding> findings, ProductView product) {}
