package org.regenpath.product;

import org.regenpath.shared.Conflict;

/**
 * A custody step the product's current state does not allow, e.g. "Product RP7KQ2M9XH4TC is quarantined; it
 * cannot be administered." Nothing is recorded and the product is unchanged.
 */
public class IllegalTransition extends Conflict {

    private final ProductIdentifier product;
    private final ProductState current;
    private final CustodyStep attempted;

    public IllegalTransition(ProductIdentifier product, ProductState current, CustodyStep attempted) {
        super("state", "Product " + product + " is " + current.words() + "; it cannot " + attempted.attempt()
                + ".");
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
