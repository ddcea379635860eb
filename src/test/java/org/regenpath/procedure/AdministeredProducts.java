package org.regenpath.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.regenpath.demo.PatientPath;
import org.regenpath.demo.TreatmentPaths;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.product.ClinicProductSettings;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/** Procedure tests' fixture: a patient whose cell product went from harvest to injection at the bedside. */
abstract class AdministeredProducts extends WebIT {

    @Autowired
    TreatmentPaths paths;

    /** For the subclasses' own patients, made with {@code ClinicalFixtures}. */
    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    @Autowired
    CandidacyScreening screening;

    @Autowired
    TreatmentPlans plans;

    @Autowired
    PlanConsents consents;

    @Autowired
    ClinicProductSettings settings;

    record Treated(PatientId patient, String product, long plan) {}

    /** An ELIGIBLE patient whose product went from harvest to injection; not administered when asked. */
    Treated treated(boolean administer) {
        return treated(administer, LocalDate.now().plusDays(1));
    }

    /** As {@link #treated(boolean)}, for a plan whose harvest and injection are planned on {@code day}. */
    Treated treated(boolean administer, LocalDate day) {
        settings.save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE,
                TreatmentPaths.marrowSettings("Test values only, not clinical guidance"));
        Actor clinician = actor(CLINICIAN);
        PatientPath path = paths.path(new TreatmentPaths.Staff(Actor.system(clinician.clinicId()), clinician, null,
                        actor(LAB), DEMO_PASSWORD))
                .patient(uniqueMrn()).screened().decided(Outcome.ELIGIBLE).plan(day).consented().approved()
                .collected().processed().tested().released();
        if (administer) {
            assertThat(path.administered().administration().administered()).isTrue();
        }
        return new Treated(path.patientId(), path.product().productId(), path.planView().id());
    }
}
