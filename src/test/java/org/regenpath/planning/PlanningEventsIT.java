package org.regenpath.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.FollowupSchedules;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.shared.Actor;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ProductType;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Approving a plan publishes {@link PlanApproved} with the plan, version, patient, clinic and planned dates, and its
 * listeners act on it after the commit: the lab's list of plans waiting for collection gains the plan, and the
 * patient's follow-up schedule appears with its baseline.
 *
 * <p>The whole application ({@link WebIT}) with {@link EnableScenarios}, not {@code @ApplicationModuleTest}: planning
 * needs the patient registry, intake, the audit trail and the demo users in a migrated database, and the listeners
 * asserted here live in the product and follow-up modules.
 */
@EnableScenarios
class PlanningEventsIT extends WebIT {

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
    FollowupSchedules schedules;

    @Test
    void approvalPublishesPlanApprovedAndTheLabAndFollowUpActOnIt(Scenario scenario) {
        ClinicId clinic = account(CLINICIAN).clinicId();
        Actor clinician = actor(CLINICIAN);
        var candidate = ClinicalFixtures.candidate(registry, profiles, screening, clinic, uniqueMrn(),
                Outcome.ELIGIBLE);
        LocalDate day = clinicToday().plusDays(3);
        PlanView draft = plans.create(clinician, candidate.patient(), ClinicalFixtures.marrowPlan(candidate, day));
        ClinicalFixtures.signConsent(consents, clinician, candidate.patient(), draft.id(), 1);

        scenario.stimulate(() -> plans.approve(clinician, candidate.patient(), draft.id(), RegulatoryRecord.none(),
                        draft.version()))
                .andWaitForEventOfType(PlanApproved.class)
                .matching(e -> e.patientId().equals(candidate.patient()))
                .toArriveAndVerify(e -> {
                    assertThat(e.planId()).isEqualTo(draft.id());
                    assertThat(e.versionNumber()).isEqualTo(1);
                    assertThat(e.clinicId()).isEqualTo(clinic);
                    assertThat(e.cellSource()).isEqualTo(CellSource.AUTOLOGOUS_BONE_MARROW);
                    assertThat(e.productType()).isEqualTo(ProductType.BONE_MARROW_CONCENTRATE);
                    assertThat(e.plannedHarvestDate()).isEqualTo(day);
                    assertThat(e.plannedProcedureDate()).isEqualTo(day);
                    assertThat(e.sites()).hasSize(1);
                });

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                select plan_version from product_approved_plan
                where plan_id = :p and patient_id = :patient and clinic_id = :c""")
                .param("p", draft.id()).param("patient", candidate.patient().value()).param("c", clinic.value())
                .query(Integer.class).optional()).as("the lab's waiting plan").contains(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                schedules.schedules(actor(COORDINATOR), candidate.patient()))
                .as("the follow-up schedule of the plan")
                .singleElement().satisfies(s -> {
                    assertThat(s.planId()).isEqualTo(draft.id());
                    assertThat(s.activeTasks()).isNotEmpty()
                            .allSatisfy(t -> assertThat(t.baseline()).isTrue());
                }));
    }
}
