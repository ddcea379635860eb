package org.regenpath.demo;

import org.regenpath.product.ClinicProductSettings;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ProductType;
import org.springframework.stereotype.Component;

/**
 * Configures bone marrow concentrate for the demo clinic, so that a demo patient can be taken from approved plan
 * to injection. The numbers are demo values, labelled as such; a real clinic sets its own (ADR 0007). Set only
 * when the clinic has none, so a demo admin's own values survive a restart.
 */
@Component
class DemoProductSettings {

    static final String SOURCE = "Demo values only, not clinical guidance: the clinic's lab director must set real"
            + " ones";

    private final ClinicProductSettings settings;

    DemoProductSettings(ClinicProductSettings settings) {
        this.settings = settings;
    }

    void ensure(Actor system) {
        ensure(system, ProductType.BONE_MARROW_CONCENTRATE);
    }

    /** The demo values for this product type, unless the clinic has its own. */
    void ensure(Actor system, ProductType type) {
        boolean configured = settings.list(system).stream().anyMatch(s -> s.productType() == type);
        if (!configured) {
            settings.save(system, type, TreatmentPaths.marrowSettings(SOURCE));
        }
    }
}
