package org.regenpath.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.Actor;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo patients have pain profiles, and each clinic's land on every screening outcome. */
class DemoPainProfilesIT extends WebIT {

    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    @Autowired
    CandidacyScreening screening;

    Actor system(int clinic) {
        return Actor.system(account("clinician@" + DemoData.DOMAINS.get(clinic)).clinicId());
    }

    PatientView demo(int clinic, String family) {
        DemoPatients.Demo d = DemoPatients.PATIENTS.get(clinic).stream()
                .filter(p -> p.family().equals(family)).findFirst().orElseThrow();
        return registry.search(system(clinic), d.family(), null).stream()
                .filter(p -> p.givenName().equals(d.given()) && p.dateOfBirth().equals(d.born()))
                .findFirst().orElseThrow();
    }

    @Test
    void everyDemoPatientHasAPainProfileAndEachClinicSpansEveryOutcome() {
        for (int clinic = 0; clinic < DemoData.CLINICS.size(); clinic++) {
            Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
            for (DemoPatients.Demo d : DemoPatients.PATIENTS.get(clinic)) {
                PatientView p = demo(clinic, d.family());
                assertThat(profiles.profile(system(clinic), p.id()).activeConditions()).as(d.family()).isNotEmpty();
                outcomes.add(screening.evaluate(system(clinic), p.id()).outcome());
            }
            assertThat(outcomes).as(DemoData.CLINICS.get(clinic)).containsExactlyInAnyOrder(Outcome.values());
        }
    }

    @Test
    void demoPatientsLandWhereTheirProfilesSay() {
        assertThat(screening.evaluate(system(0), demo(0, "Ellison").id()).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(screening.evaluate(system(0), demo(0, "Marchetti").id()).outcome())
                .isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(screening.evaluate(system(0), demo(0, "Raman").id()).findings().get(0).ruleId())
                .isEqualTo("EXC-PREGNANCY");
        assertThat(screening.evaluate(system(1), demo(1, "Kim").id()).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }
}
