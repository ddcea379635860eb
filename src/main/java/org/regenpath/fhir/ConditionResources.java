package org.regenpath.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Reference;
import org.regenpath.intake.Laterality;
import org.regenpath.intake.PainCondition;

/**
 * A pain condition of the intake profile as a FHIR R4 Condition: the ICD-10-CM FY2026 code the clinician chose from
 * the condition catalog (the catalog maps no SNOMED CT codes, so none is sent), the body site and side in words, the
 * onset, and entered-in-error conditions as such.
 */
final class ConditionResources {

    /** ICD-10-CM's system URI, as FHIR R4's terminology page names it. */
    static final String ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";

    private ConditionResources() {}

    static Condition of(PainCondition c, Reference subject) {
        Condition condition = new Condition();
        condition.setId(String.valueOf(c.id()));
        condition.getMeta().setLastUpdatedElement(FhirTime.instant(c.updatedAt())).setVersionId(String.valueOf(c.version()));
        if (c.enteredInError()) {
            // R4 con-5: an entered-in-error condition carries no clinical status.
            condition.setVerificationStatus(concept(VERIFICATION, "entered-in-error", "Entered in Error"));
        } else {
            condition.setClinicalStatus(concept(CLINICAL, "active", "Active"));
            condition.setVerificationStatus(concept(VERIFICATION, "confirmed", "Confirmed"));
        }
        condition.addCategory(concept(CATEGORY, "problem-list-item", "Problem List Item"));
        CodeableConcept code = new CodeableConcept().setText(c.conditionName());
        if (c.icd10Code() != null) {
            code.addCoding(new Coding(ICD10_CM, c.icd10Code(), c.icd10Display()));
        }
        condition.setCode(code);
        if (c.bodySiteDisplay() != null) {
            condition.addBodySite(new CodeableConcept().setText(site(c)));
        }
        condition.setSubject(subject);
        if (c.onsetDate() != null) {
            condition.setOnset(FhirTime.dayTime(c.onsetDate()));
        }
        condition.setRecordedDateElement(FhirTime.dateTime(c.createdAt()));
        if (c.notes() != null && !c.notes().isBlank()) {
            condition.addNote().setText(c.notes());
        }
        return condition;
    }

    /** "Left knee", "Knee, both sides", or the site alone where no side applies. */
    static String site(PainCondition c) {
        Laterality side = c.laterality();
        if (side == Laterality.LEFT || side == Laterality.RIGHT) {
            return side.label() + " " + c.bodySiteDisplay().toLowerCase(java.util.Locale.ROOT);
        }
        if (side == Laterality.BILATERAL) {
            return c.bodySiteDisplay() + ", both sides";
        }
        return c.bodySiteDisplay();
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display));
    }
}
