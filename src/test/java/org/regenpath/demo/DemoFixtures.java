package org.regenpath.demo;

import org.regenpath.patient.PatientRegistry;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;

/** Finds the demo clinic's story patients as the demo loaded them. */
final class DemoFixtures {

    private DemoFixtures() {}

    /** The first demo clinic's patient of this family name. */
    static PatientId patient(PatientRegistry registry, Actor reader, String family) {
        DemoPatients.Demo d = DemoPatients.PATIENTS.get(0).get(DemoTreatments.indexOf(0, family));
        return registry.search(reader, family, null).stream()
                .filter(p -> p.givenName().equals(d.given()) && p.dateOfBirth().equals(d.born()))
                .findFirst().orElseThrow().id();
    }
}
