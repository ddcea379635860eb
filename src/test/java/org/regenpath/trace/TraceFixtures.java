package org.regenpath.trace;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.regenpath.demo.PatientPath;
import org.regenpath.demo.TreatmentPaths;
import org.regenpath.intake.Outcome;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.product.ClinicProductSettings;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.springframework.context.ApplicationContext;

/**
 * Builds traced products down {@link TreatmentPaths}: a patient with an approved plan whose product was collected
 * with one device and processed with a kit lot, and, when asked, released, injected and its procedure recorded.
 * The QC numbers are the fixture's test values, not clinical guidance.
 */
final class TraceFixtures {

    /** One clinic's staff, as the services see them. */
    record Staff(Actor admin, Actor clinician, Actor lab, String labEmail, String password) {

        TreatmentPaths.Staff onPath() {
            return new TreatmentPaths.Staff(Actor.system(clinician.clinicId()), clinician, null, lab, password);
        }
    }

    /** A patient with an approved bone marrow plan. */
    record Planned(PatientId id, long plan) {}

    static final String COLLECTION_DEVICE = "Aspiration needle 11G";

    private final PatientRegistry registry;
    private final TreatmentPaths paths;
    private final ClinicProductSettings settings;
    /** Each planned patient's path, for their products' steps. */
    private final Map<PatientId, PatientPath> planned = new HashMap<>();

    private TraceFixtures(PatientRegistry registry, TreatmentPaths paths, ClinicProductSettings settings) {
        this.registry = registry;
        this.paths = paths;
        this.settings = settings;
    }

    /** The fixtures over the running application's module APIs. */
    static TraceFixtures of(ApplicationContext context) {
        return new TraceFixtures(context.getBean(PatientRegistry.class), context.getBean(TreatmentPaths.class),
                context.getBean(ClinicProductSettings.class));
    }

    PatientRegistry registry() {
        return registry;
    }

    /** A lot nobody else's test used, so runs on the same database never see each other's products. */
    static String uniqueLot() {
        return "LOT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** An ELIGIBLE patient of the staff's clinic with an approved plan, the clinic's QC settings in place. */
    Planned patient(Staff staff, String mrn) {
        settings.save(staff.admin(), ProductType.BONE_MARROW_CONCENTRATE,
                TreatmentPaths.marrowSettings("Test values only, not clinical guidance"));
        PatientPath path = paths.path(staff.onPath()).patient(mrn).screened().decided(Outcome.ELIGIBLE).plan()
                .consented().approved();
        planned.put(path.patientId(), path);
        return new Planned(path.patientId(), path.planView().id());
    }

    /** Collects a product for the patient's plan and processes it with the device and kit lot. */
    String processed(Staff staff, Planned patient, String kitLot, String device) {
        return planned.get(patient.id()).collected(PatientPath.ROOM, COLLECTION_DEVICE, null, null)
                .processed(PatientPath.BENCH, device, kitLot).product().productId();
    }

    /** Takes the patient's last processed product through QC, release, the bedside check and the procedure record. */
    void injected(Staff staff, Planned patient, String product) {
        PatientPath path = planned.get(patient.id());
        if (!path.product().productId().equals(product)) {
            throw new IllegalStateException("The fixture injects the product it processed last, not " + product);
        }
        if (!path.tested().released().administered().administration().administered()) {
            throw new IllegalStateException("The bedside check stopped the fixture's injection");
        }
        path.procedureRecorded();
    }
}
