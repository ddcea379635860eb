package org.regenpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.shared.ClinicId;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * A recorded candidacy decision publishes {@link CandidacyDecided} with the patient, their clinic and the stored
 * decision.
 *
 * <p>Runs in the whole application ({@link WebIT}, a {@code @SpringBootTest}) with {@link EnableScenarios}, not
 * {@code @ApplicationModuleTest}: the intake services authorise through the patient registry, audit through the
 * audit trail and need the demo clinics and users in a Flyway-migrated database, so the module cannot start on its
 * own, and the whole application shares the other integration tests' cached context.
 */
@EnableScenarios
class IntakeEventsIT extends WebIT {

    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    @Autowired
    CandidacyScreening screening;

    @Test
    void aDecisionPublishesCandidacyDecidedForThePatientAndClinic(Scenario scenario) {
        ClinicId clinic = account(CLINICIAN).clinicId();
        var candidate = ClinicalFixtures.candidate(registry, profiles, screening, clinic, uniqueMrn(), null);

        scenario.stimulate(() -> screening.decide(actor(CLINICIAN), candidate.patient(),
                        new DecisionInput(Outcome.NOT_ELIGIBLE, "Patient prefers to wait", null, null)))
                .andWaitForEventOfType(CandidacyDecided.class)
                .matching(e -> e.patientId().equals(candidate.patient()))
                .toArriveAndVerify(e -> {
                    assertThat(e.clinicId()).isEqualTo(clinic);
                    assertThat(e.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
                    assertThat(e.evaluatedOutcome()).isEqualTo(Outcome.ELIGIBLE);
                    assertThat(e.overridden()).isTrue();
                    assertThat(e.decidedAt()).isNotNull();
                    assertThat(jdbc.sql("select patient_id from intake_candidacy_decision where id = :id")
                            .param("id", e.decisionId()).query(Long.class).single())
                            .isEqualTo(candidate.patient().value());
                });
    }
}
