package org.regenpath.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.product.AdministrationInput;
import org.regenpath.product.Bedside;
import org.regenpath.product.ChainOfCustody;
import org.regenpath.product.ClinicProductSettings;
import org.regenpath.product.CollectInput;
import org.regenpath.product.CustodyAction;
import org.regenpath.product.CustodyInput;
import org.regenpath.product.Measurements;
import org.regenpath.product.Wristbands;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/** Procedure tests' fixture: a patient whose cell product went from harvest to injection at the bedside. */
abstract class AdministeredProducts extends WebIT {

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
    ChainOfCustody custody;

    @Autowired
    ClinicProductSettings settings;

    @Autowired
    Bedside bedside;

    record Treated(PatientId patient, String product, long plan) {}

    /** An ELIGIBLE patient whose product went from harvest to injection; not administered when asked. */
    Treated treated(boolean administer) {
        return treated(administer, LocalDate.now().plusDays(1));
    }

    /** As {@link #treated(boolean)}, for a plan whose harvest and injection are planned on {@code day}. */
    Treated treated(boolean administer, LocalDate day) {
        settings.save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE, new ClinicProductSettings.SettingsInput(
                Duration.ofHours(8), new BigDecimal("70"), 100_000_000L, null, Duration.ofHours(6),
                "Test values only, not clinical guidance"));
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        long plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), c, day);
        String product = custody.collect(actor(LAB), c.patient(), new CollectInput(plan, "Procedure room 2", null,
                null, null, null)).productId();
        custody.record(actor(LAB), product, new CustodyInput(CustodyAction.PROCESS, 0L, "Lab bench B",
                "Centrifuge system X", "KIT-42", null, null));
        custody.record(actor(LAB), product, new CustodyInput(CustodyAction.QC, 1L, "Lab bench B", null, null,
                new Measurements(null, 1_500_000_000L, new BigDecimal("91"), null, null), null));
        custody.record(actor(CLINICIAN), product, new CustodyInput(CustodyAction.RELEASE, 2L, "Lab bench B", null,
                null, null, null));
        if (administer) {
            assertThat(bedside.administer(actor(CLINICIAN), product, new AdministrationInput(3L,
                    Wristbands.code(actor(CLINICIAN).clinicId(), c.patient()), product, "knee joint",
                    Laterality.LEFT, LAB, DEMO_PASSWORD, "Procedure room 2", new BigDecimal("4.0"), null)).administered()).isTrue();
        }
        return new Treated(c.patient(), product, plan);
    }

}
