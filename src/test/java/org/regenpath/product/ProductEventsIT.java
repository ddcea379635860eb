package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.ProductType;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Releasing a product publishes {@link ProductReleased} and injecting it after a passed bedside check publishes
 * {@link ProductAdministered}, each with the product, patient and clinic.
 *
 * <p>The whole application ({@link WebIT}) with {@link EnableScenarios}, not {@code @ApplicationModuleTest}: a
 * product hangs on an approved plan of a screened patient (planning, intake, patient) and every step is authorised
 * and audited against the demo users in a migrated database.
 */
@EnableScenarios
class ProductEventsIT extends WebIT {

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

    ClinicId clinic;
    ClinicalFixtures.Candidate candidate;
    long plan;

    @BeforeEach
    void plannedPatient() {
        settings.save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE, new ClinicProductSettings.SettingsInput(
                Duration.ofHours(8), new BigDecimal("70"), 100_000_000L, null, Duration.ofHours(6),
                "Test values only, not clinical guidance"));
        clinic = account(CLINICIAN).clinicId();
        candidate = ClinicalFixtures.candidate(registry, profiles, screening, clinic, uniqueMrn(), Outcome.ELIGIBLE);
        plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), candidate);
    }

    @Test
    void releasePublishesProductReleased(Scenario scenario) {
        String product = custody.collect(actor(LAB), candidate.patient(), new CollectInput(plan, "Procedure room 2",
                null, null, null, null)).productId();
        custody.record(actor(LAB), product, new CustodyInput(CustodyAction.PROCESS, 0L, "Lab bench B",
                "Centrifuge system X", "KIT-42", null, null));
        custody.record(actor(LAB), product, new CustodyInput(CustodyAction.QC, 1L, "Lab bench B", null, null,
                new Measurements(null, 1_500_000_000L, new BigDecimal("91"), null, null), null));

        scenario.stimulate(() -> custody.record(actor(CLINICIAN), product, new CustodyInput(CustodyAction.RELEASE, 2L,
                        "Lab bench B", null, null, null, null)))
                .andWaitForEventOfType(ProductReleased.class)
                .matching(e -> e.productId().equals(product))
                .toArriveAndVerify((e, view) -> {
                    assertThat(e.patientId()).isEqualTo(candidate.patient());
                    assertThat(e.clinicId()).isEqualTo(clinic);
                    assertThat(e.productType()).isEqualTo(ProductType.BONE_MARROW_CONCENTRATE);
                    assertThat(e.expiresAt()).isAfter(e.releasedAt());
                    assertThat(view.state()).isEqualTo(ProductState.RELEASED);
                });
    }

    @Test
    void aPassedBedsideCheckPublishesProductAdministered(Scenario scenario) {
        String product = new ReleasedProducts(custody, actor(LAB), actor(CLINICIAN))
                .release(candidate.patient(), plan);

        scenario.stimulate(() -> bedside.administer(actor(CLINICIAN), product, new AdministrationInput(3L,
                        Wristbands.code(clinic, candidate.patient()), product, "knee joint", Laterality.LEFT, LAB,
                        DEMO_PASSWORD, "Procedure room 2", new BigDecimal("4.0"), null)))
                .andWaitForEventOfType(ProductAdministered.class)
                .matching(e -> e.productId().equals(product))
                .toArriveAndVerify((e, outcome) -> {
                    assertThat(outcome.administered()).isTrue();
                    assertThat(e.patientId()).isEqualTo(candidate.patient());
                    assertThat(e.clinicId()).isEqualTo(clinic);
                    assertThat(e.planId()).isEqualTo(plan);
                    assertThat(e.site()).isEqualTo(new InjectionSite("knee joint", Laterality.LEFT));
                    assertThat(e.operator().userId()).isEqualTo(account(CLINICIAN).id());
                    assertThat(e.verifier().userId()).isEqualTo(account(LAB).id());
                });
    }
}
