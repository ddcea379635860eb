package org.regenpath.product;

import java.time.Instant;
import java.time.ZoneId;
import org.regenpath.shared.DateStyle;
import org.regenpath.shared.Conflict;

/** The product's shelf life has run out, so it can be neither released nor administered, only discarded. */
public class ProductExpired extends Conflict {

    private final Instant expiresAt;

    public ProductExpired(ProductIdentifier product, ProductState current, Instant expiresAt, CustodyStep attempted,
            ZoneId zone) {
        super("expiresAt", "Product " + product + " is " + current.words() + " but expired at "
                + DateStyle.time(expiresAt, zone) + "; it cannot " + attempted.attempt() + ". Discard it.");
        this.expiresAt = expiresAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
