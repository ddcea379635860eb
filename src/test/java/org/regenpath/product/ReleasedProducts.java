package org.regenpath.product;

import java.math.BigDecimal;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;

/**
 * Collects, processes, tests and releases a product for a patient's approved plan through the module's API, as the
 * lab technician (who processes) and the clinician (who releases, having processed nothing). Test values.
 *
 * @param custody the chain of custody
 * @param lab a lab technician of the patient's clinic
 * @param clinician a clinician of the patient's clinic
 */
record ReleasedProducts(ChainOfCustody custody, Actor lab, Actor clinician) {

    /** A new RELEASED product (version 3) for the plan; returns its id. */
    String release(PatientId patient, long plan) {
        String product = custody.collect(lab, patient, new CollectInput(plan, "Procedure room 2", null, null, null,
                null)).productId();
        custody.record(lab, product, new CustodyInput(CustodyAction.PROCESS, 0L, "Lab bench B",
                "Centrifuge system X", "KIT-42", null, null));
        custody.record(lab, product, new CustodyInput(CustodyAction.QC, 1L, "Lab bench B", null, null,
                new Measurements(null, 1_500_000_000L, new BigDecimal("91"), null, null), null));
        custody.record(clinician, product, new CustodyInput(CustodyAction.RELEASE, 2L, "Lab bench B", null, null,
                null, null));
        return product;
    }
}
