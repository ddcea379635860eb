package org.regenpath.product;

import org.regenpath.shared.Conflict;
import org.regenpath.shared.StaffMember;

/**
 * The person releasing a product processed it or recorded its QC. Release is a second person's independent
 * check of the first person's work (issue #4: "clinicians cannot release their own product without a second
 * person"), so someone else must release it. Nothing is recorded and the product is unchanged.
 */
public class ReleaseRequiresSecondPerson extends Conflict {

    private final StaffMember releaser;

    public ReleaseRequiresSecondPerson(ProductIdentifier product, ProductState current, StaffMember releaser) {
        super("releasedBy", "Product " + product + " is " + current.words() + "; it cannot be released by "
                + releaser.displayName() + ", who processed it or recorded its QC. A second person must release it.");
        this.releaser = releaser;
    }

    public StaffMember releaser() {
        return releaser;
    }
}
