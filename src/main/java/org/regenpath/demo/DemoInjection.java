package org.regenpath.demo;

import java.math.BigDecimal;
import org.regenpath.product.AdministrationOutcome;
import org.regenpath.product.Measurements;
import org.springframework.stereotype.Component;

/**
 * A demo patient's treatment day, from harvest to procedure record: the lab technician collects the marrow
 * aspirate, processes it and records QC; the clinician, who did neither, releases it; at the bedside the clinician
 * scans the wristband and the label and the lab technician confirms as second person with their password; the
 * clinician records the procedure, which dates the follow-ups. Each step is recorded when the demo loads, by the
 * product and procedure modules' own rules (release criteria, second person, bedside check).
 */
@Component
class DemoInjection {

    private static final String ROOM = "Procedure room 1";
    private static final String BENCH = "Lab bench A";

    /** Collects, processes, tests, releases and injects the product of the approved plan, then records the procedure. */
    void treat(PatientPath path, DemoStories.Story story) {
        path.collected(ROOM, DemoStories.HARVEST_NEEDLE, new Measurements(new BigDecimal("60"), null, null, null,
                        null), "Posterior iliac crest aspirate")
                .processed(BENCH, DemoStories.CENTRIFUGE, DemoStories.KIT_LOT)
                .tested(BENCH, new Measurements(new BigDecimal("3.5"), 1_200_000_000L, new BigDecimal("92"), null,
                        null))
                .released(BENCH)
                .administered(ROOM);
        AdministrationOutcome given = path.administration();
        if (!given.administered()) {
            throw new IllegalStateException("The bedside check stopped the demo injection of "
                    + path.product().productId() + ": " + given.findings());
        }
        path.procedureRecorded("None", story.rehabilitation()).followupsDated();
    }
}
