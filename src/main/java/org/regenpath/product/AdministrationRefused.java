package org.regenpath.product;

import java.util.List;
import java.util.stream.Collectors;
import org.regenpath.shared.Conflict;

/**
 * The product refused an administration the bedside check would stop: wrong patient, expired, site not in the
 * plan, consent withdrawn, no second person. Lists every stop. Nothing is recorded and the product is unchanged.
 */
public class AdministrationRefused extends Conflict {

    private final List<BedsideFinding> stops;

    public AdministrationRefused(ProductIdentifier product, ProductState current, List<BedsideFinding> stops) {
        super("administration", "Product " + product + " is " + current.words() + "; it cannot be administered: "
                + stops.stream().map(BedsideFinding::message).collect(Collectors.joining(" ")));
        this.stops = List.copyOf(stops);
    }

    public List<BedsideFinding> stops() {
        return stops;
    }
}
