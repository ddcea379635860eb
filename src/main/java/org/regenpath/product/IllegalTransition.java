package org.regenpath.product;

import org.regenpath.shared.Conflict;

/**
 * A custody step the product's current state does not allow, e.g. "Product RP7KQ2M9XH4TC is QUARANTINED; it
 * cannot be ADMINISTERED." Nothing is recorded and the product is unchanged.
 */
public class IllegalTransition extends Conflict {

    private final ProductIdentifier product;
    private final ProductState current;
    private final CustodyStep attempted;

    public IllegalTransition(ProductIdentifier product, ProductState current, CustodyStep attempted) {
        super("state", "Product " + product + " is " + current + "; it cannot " + attempted.attempt() + ".");
        this.product = product;
        this.current = current;
        this.attempted = attempted;
    }

    public ProductIdentifier product() {
        return product;
    }

    public ProductState current() {
        return current;
    }

    public CustodyStep attempted() {
        return attempted;
    }
}
