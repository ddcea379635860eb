package org.regenpath.fhir;

import java.util.Locale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.regenpath.procedure.ProcedureRecord;
import org.regenpath.shared.Laterality;

/**
 * A recorded injection as a FHIR R4 Procedure. Procedure codes: CPT is licensed by the AMA and SNOMED CT needs an
 * affiliate licence, so the procedure is coded in Regenpath's local procedure code system, as the clinical standards
 * notes advise (a local CodeSystem that clinics may map to CPT or SNOMED themselves). Each injected site is a body
 * site in words with its side ("Left knee joint"), as recorded at the bedside.
 */
final class ProcedureResources {

    static final String PROCEDURE_SYSTEM = "https://regenpath.org/fhir/CodeSystem/procedure";
    static final String INJECTION = "image-guided-cell-injection";

    private ProcedureResources() {}

    static Procedure of(ProcedureRecord r, Reference subject) {
        Procedure procedure = new Procedure();
        procedure.setId(String.valueOf(r.id()));
        procedure.getMeta().setLastUpdatedElement(FhirTime.instant(r.recordedAt()));
        procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
        procedure.setCode(new CodeableConcept().setText("Cell product injection ("
                + r.imageGuidance().label().toLowerCase(Locale.ROOT) + ")")
                .addCoding(new Coding(PROCEDURE_SYSTEM, INJECTION, "Image-guided cell product injection")));
        procedure.setSubject(subject);
        procedure.setPerformed(FhirTime.dateTime(r.performedAt()));
        if (r.operator() != null) {
            procedure.addPerformer().setActor(new Reference().setDisplay(r.operator()));
        }
        for (ProcedureRecord.Site site : r.sites()) {
            procedure.addBodySite(new CodeableConcept().setText(site(site)));
        }
        procedure.addUsedCode(new CodeableConcept().setText("Cell product " + r.productId()));
        if (r.complications() != null && !r.complications().isBlank()) {
            procedure.addComplication(new CodeableConcept().setText(r.complications()));
        }
        if (r.instructions() != null && !r.instructions().isBlank()) {
            procedure.addFollowUp(new CodeableConcept().setText(r.instructions()));
        }
        return procedure;
    }

    /** "Left knee joint", "Midline L4-L5 disc". */
    static String site(ProcedureRecord.Site site) {
        String region = site.site().region();
        Laterality side = site.site().laterality();
        return side.label() + " " + region;
    }
}
