package org.regenpath.product;

import java.util.List;
import org.regenpath.shared.Conflict;

/**
 * The product does not meet the clinic's release criteria for its type. Lists every unmet criterion, so the lab
 * sees everything to address at once. Nothing is recorded and the product is unchanged.
 */
public class QcCriteriaNotMet extends Conflict {

    private final List<String> unmet;

    public QcCriteriaNotMet(ProductIdentifier product, ProductState current, List<String> unmet) {
        super("qc", "Product " + product + " is " + current.words() + "; it cannot be released: "
                + String.join("; ", unmet) + ".");
        this.unmet = List.copyOf(unmet);
    }

    /** Every unmet criterion, in plain words. */
    public List<String> unmet() {
        return unmet;
    }
}
