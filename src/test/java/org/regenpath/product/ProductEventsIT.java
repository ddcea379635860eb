package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.demo.PatientPath;
import org.regenpath.demo.TreatmentPaths;
import org.regenpath.intake.Outcome;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.ProductType;
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
    ClinicProductSettings settings;

    ClinicId clinic;
    PatientPath path;

    @BeforeEach
    void approvedPlan() {
        settings.save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE,
                TreatmentPaths.marrowSettings("Test values only, not clinical guidance"));
        clinic = account(CLINICIAN).clinicId();
        path = paths.path(demoStaff()).patient(uniqueMrn()).screened().decided(Outcome.ELIGIBLE).plan().consented()
                .approved();
    }

    @Test
    void releasePublishesProductReleased(Scenario scenario) {
        String product = path.collected().processed().tested().product().productId();

        scenario.stimulate(() -> path.released().product())
                .andWaitForEventOfType(ProductReleased.class)
                .matching(e -> e.productId().equals(product))
                .toArriveAndVerify((e, view) -> {
                    assertThat(e.patientId()).isEqualTo(path.patientId());
                    assertThat(e.clinicId()).isEqualTo(clinic);
                    assertThat(e.productType()).isEqualTo(ProductType.BONE_MARROW_CONCENTRATE);
                    assertThat(e.expiresAt()).isAfter(e.releasedAt());
                    assertThat(view.state()).isEqualTo(ProductState.RELEASED);
                });
    }

    @Test
    void aPassedBedsideCheckPublishesProductAdministered(Scenario scenario) {
        String product = path.collected().processed().tested().released().product().productId();

        scenario.stimulate(() -> path.administered().administration())
                .andWaitForEventOfType(ProductAdministered.class)
                .matching(e -> e.productId().equals(product))
                .toArriveAndVerify((e, outcome) -> {
                    assertThat(outcome.administered()).isTrue();
                    assertThat(e.patientId()).isEqualTo(path.patientId());
                    assertThat(e.clinicId()).isEqualTo(clinic);
                    assertThat(e.planId()).isEqualTo(path.planView().id());
                    assertThat(e.site()).isEqualTo(new InjectionSite("knee joint", Laterality.LEFT));
                    assertThat(e.operator().userId()).isEqualTo(account(CLINICIAN).id());
                    assertThat(e.verifier().userId()).isEqualTo(account(LAB).id());
                });
    }
}
