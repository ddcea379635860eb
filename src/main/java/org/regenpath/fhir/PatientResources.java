package org.regenpath.fhir;

import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.ClinicId;

/** A Regenpath patient as a FHIR R4 Patient. */
final class PatientResources {

    /** The MRN's system: an MRN is unique within one clinic, so each clinic has its own. */
    static final String MRN_SYSTEM = "https://regenpath.org/fhir/sid/mrn/clinic-";
    /** HL7 v2 table 0203, identifier type MR (medical record number), as FHIR R4's identifier-type value set. */
    static final String IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";
    /** US Core birth sex (F, M, UNK), the value set {@code patient.SexAtBirth} codes by. */
    static final String BIRTH_SEX = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex";

    private PatientResources() {}

    static String mrnSystem(ClinicId clinic) {
        return MRN_SYSTEM + clinic.value();
    }

    static Patient of(PatientView p) {
        Patient patient = new Patient();
        patient.setId(String.valueOf(p.id().value()));
        patient.getMeta().setLastUpdatedElement(FhirTime.instant(p.updatedAt())).setVersionId(String.valueOf(p.version()));
        patient.addIdentifier(new Identifier().setUse(Identifier.IdentifierUse.USUAL)
                .setType(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(IDENTIFIER_TYPE, "MR",
                        "Medical record number")))
                .setSystem(mrnSystem(p.clinicId())).setValue(p.mrn()));
        patient.setActive(true);
        patient.addName(new HumanName().setUse(HumanName.NameUse.OFFICIAL).setFamily(p.familyName())
                .addGiven(p.givenName()));
        patient.setBirthDateElement(FhirTime.day(p.dateOfBirth()));
        // Regenpath records sex at birth only; administrative gender is not asked, so it is "unknown" here and the
        // recorded sex travels in the US Core birth sex extension.
        patient.setGender(AdministrativeGender.UNKNOWN);
        patient.addExtension(BIRTH_SEX, new CodeType(p.sexAtBirth().name()));
        if (p.email() != null) {
            patient.addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.EMAIL)
                    .setValue(p.email()));
        }
        if (p.phone() != null) {
            patient.addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE)
                    .setValue(p.phone()));
        }
        if (p.postalCode() != null) {
            patient.addAddress().setPostalCode(p.postalCode());
        }
        return patient;
    }
}
