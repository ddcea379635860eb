package org.regenpath.fhir;

import ca.uhn.fhir.model.api.Include;
import java.util.Set;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.regenpath.patient.PatientLookup;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Component;

/**
 * The patient a search by {@code patient} is about, read once in the caller's clinic: a search for another clinic's
 * patient finds the patient missing and returns nothing, and {@code _include} of the subject adds a Patient only from
 * that clinic (HAPI's JPA server resolved includes across partitions; this facade cannot).
 */
@Component
class PatientContext {

    private final PatientLookup patients;

    PatientContext(PatientLookup patients) {
        this.patients = patients;
    }

    /** The patient, in the clinic of the scope, or {@code null} when the clinic has none with that id. */
    PatientView of(FhirAccess.Scope scope, PatientId id) {
        return patients.byId(scope.clinic(), id).orElse(null);
    }

    /** True when the client asked to include the subject or patient of {@code type}. */
    static boolean includesPatient(Set<Include> includes, String type) {
        return includes != null && includes.stream().anyMatch(i -> i.getValue().equals(type + ":patient")
                || i.getValue().equals(type + ":subject") || i.getValue().equals("*"));
    }

    /** A reference to the patient; carrying the Patient itself when it is to be included. */
    static Reference reference(PatientView patient, boolean include, FhirAccess.Scope scope) {
        Reference reference = new Reference("Patient/" + patient.id().value()).setDisplay(patient.displayName());
        if (include) {
            Patient resource = PatientResources.of(patient);
            scope.shown().add(patient.id(), "Patient/" + patient.id().value());
            reference.setResource(resource);
        }
        return reference;
    }
}
