package org.regenpath.product;

import org.regenpath.demo.TreatmentPaths;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;

/**
 * Collects, processes, tests and releases a product for a patient's approved plan down {@link TreatmentPaths}, as
 * the lab technician (who processes) and the clinician (who releases, having processed nothing). Test values.
 *
 * @param custody the chain of custody
 * @param lab a lab technician of the patient's clinic
 * @param clinician a clinician of the patient's clinic
 */
record ReleasedProducts(ChainOfCustody custody, Actor lab, Actor clinician) {

    /** A new RELEASED product (version 3) for the plan; returns its id. */
    String release(PatientId patient, long plan) {
        // Only the chain of custody's steps are taken, so the path needs no other service.
        TreatmentPaths paths = new TreatmentPaths(null, null, null, null, null, custody, null, null, null, null,
                null);
        return paths.path(new TreatmentPaths.Staff(Actor.system(clinician.clinicId()), clinician, null, lab, null))
                .patient(patient, null).onPlan(plan).collected().processed().tested().released().product()
                .productId();
    }
}
