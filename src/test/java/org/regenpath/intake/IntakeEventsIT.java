package org.regenpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regenpath.identity.Clinics;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A recorded candidacy decision publishes {@link CandidacyDecided} with the patient, their clinic and the stored
 * decision.
 *
 * <p>A module test: intake with the modules it depends on (patient, identity, audit, shared) and the application's
 * clock, which {@code system} provides (no module declares it).
 * The demo clinics come from the demo module, which is not started: the test makes its own clinic and acts as its
 * system actor. Nothing downstream (planning) is started, so only the publication is seen.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class IntakeEventsIT {

    /**
     * The application's clock, which the {@code system} module provides. The module itself is not started: its
     * redelivery job would hand the suite's other unfinished deliveries to a context without their listeners.
     */
    @TestConfiguration
    static class SystemClock {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    /** E-mail goes to the shared GreenMail server, as in every other context of the suite. */
    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestMail.register(registry);
    }

    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    @Autowired
    CandidacyScreening screening;

    @Autowired
    Clinics clinics;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDecisionPublishesCandidacyDecidedForThePatientAndClinic(Scenario scenario) {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ClinicId clinic = clinics.create("Module test clinic " + run).id();
        Actor system = Actor.system(clinic);
        var candidate = ClinicalFixtures.candidate(registry, profiles, screening, clinic,
                "T-" + run, null);

        scenario.stimulate(() -> screening.decide(system, candidate.patient(),
                        new DecisionInput(Outcome.NOT_ELIGIBLE, "Patient prefers to wait", null, null)))
                .andWaitForEventOfType(CandidacyDecided.class)
                .matching(e -> e.patientId().equals(candidate.patient()))
                .toArriveAndVerify((e, decision) -> {
                    assertThat(e.decisionId()).isEqualTo(decision.id());
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
