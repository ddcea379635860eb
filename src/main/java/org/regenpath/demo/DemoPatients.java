package org.regenpath.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.regenpath.patient.PatientDetails;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Component;

/**
 * A dozen fictional patients per clinic, each with a pain profile (see {@link DemoPainProfiles}). Names are
 * invented; any resemblance is coincidence.
 */
@Component
class DemoPatients {

    record Demo(String given, String family, LocalDate born, SexAtBirth sex, String zip) {}

    static final List<List<Demo>> PATIENTS = List.of(
            List.of(
                    new Demo("Margaret", "Ellison", LocalDate.of(1958, 3, 14), SexAtBirth.F, "10025"),
                    new Demo("Thomas", "Okafor", LocalDate.of(1966, 7, 2), SexAtBirth.M, "10027"),
                    new Demo("Linda", "Marchetti", LocalDate.of(1952, 11, 30), SexAtBirth.F, "07030"),
                    new Demo("Daniel", "Reyes", LocalDate.of(1979, 1, 19), SexAtBirth.M, "10002"),
                    new Demo("Priya", "Raman", LocalDate.of(1985, 5, 8), SexAtBirth.F, "11201"),
                    new Demo("George", "Whitfield", LocalDate.of(1961, 9, 23), SexAtBirth.M, "10463"),
                    new Demo("Hannah", "Lindqvist", LocalDate.of(1990, 12, 4), SexAtBirth.F, "10011"),
                    new Demo("Samuel", "Adeyemi", LocalDate.of(1955, 4, 17), SexAtBirth.M, "11215"),
                    new Demo("Rosa", "Delgado", LocalDate.of(1970, 8, 29), SexAtBirth.F, "10031"),
                    new Demo("Walter", "Brandt", LocalDate.of(1949, 2, 11), SexAtBirth.M, "07302"),
                    new Demo("Mei", "Tanaka", LocalDate.of(1974, 6, 6), SexAtBirth.F, "10128"),
                    new Demo("Omar", "Haddad", LocalDate.of(1968, 10, 15), SexAtBirth.M, "11101")),
            List.of(
                    new Demo("Evelyn", "Carter", LocalDate.of(1957, 1, 9), SexAtBirth.F, "60614"),
                    new Demo("Marcus", "Bell", LocalDate.of(1972, 3, 27), SexAtBirth.M, "60657"),
                    new Demo("Ingrid", "Solberg", LocalDate.of(1963, 5, 21), SexAtBirth.F, "60201"),
                    new Demo("Luis", "Navarro", LocalDate.of(1981, 7, 12), SexAtBirth.M, "60608"),
                    new Demo("Grace", "Mensah", LocalDate.of(1988, 9, 3), SexAtBirth.F, "60615"),
                    new Demo("Harold", "Kim", LocalDate.of(1950, 11, 25), SexAtBirth.M, "60640"),
                    new Demo("Fatima", "Qureshi", LocalDate.of(1976, 2, 14), SexAtBirth.F, "60625"),
                    new Demo("Peter", "Novak", LocalDate.of(1964, 4, 30), SexAtBirth.M, "60618"),
                    new Demo("Alice", "Fontaine", LocalDate.of(1959, 6, 18), SexAtBirth.F, "60302"),
                    new Demo("Jamal", "Wright", LocalDate.of(1983, 8, 7), SexAtBirth.M, "60619"),
                    new Demo("Sofia", "Petrova", LocalDate.of(1969, 10, 1), SexAtBirth.F, "60647"),
                    new Demo("Kenneth", "Moore", LocalDate.of(1954, 12, 20), SexAtBirth.M, "60605")));

    private final PatientRegistry registry;
    private final TreatmentPaths paths;
    private final DemoPainProfiles painProfiles;

    DemoPatients(PatientRegistry registry, TreatmentPaths paths, DemoPainProfiles painProfiles) {
        this.registry = registry;
        this.paths = paths;
        this.painProfiles = painProfiles;
    }

    /**
     * Registers the clinic's demo patients, with their pain profiles, unless it already has patients.
     *
     * @return the patients registered now, in {@link #PATIENTS} order; none when the clinic had patients already
     */
    List<PatientId> ensure(Actor system, int clinicIndex) {
        if (registry.count(system) > 0) {
            return List.of();
        }
        TreatmentPaths.Staff registrar = new TreatmentPaths.Staff(system, null, null, null, null);
        List<PatientId> registered = new ArrayList<>();
        for (Demo d : PATIENTS.get(clinicIndex)) {
            String email = d.given().toLowerCase() + "." + d.family().toLowerCase() + "@patient.example";
            registered.add(paths.path(registrar).patient(new PatientDetails(
                    null, d.given(), d.family(), d.born(), d.sex(), email, "+1 555 0100", d.zip())).patientId());
        }
        painProfiles.record(system, clinicIndex, registered);
        return registered;
    }
}
