package org.regenpath.fhir;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;
import org.regenpath.intake.IntakeLookup;
import org.regenpath.intake.PainCondition;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.PatientId;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Condition: the pain conditions of the intake profile; read, and search by patient and code. */
@Component
@Lazy
@Order(2)
class ConditionProvider implements IResourceProvider {

    private final IntakeLookup intake;
    private final PatientContext patients;
    private final FhirAccess access;
    private final FhirProperties properties;

    ConditionProvider(IntakeLookup intake, PatientContext patients, FhirAccess access, FhirProperties properties) {
        this.intake = intake;
        this.patients = patients;
        this.access = access;
        this.properties = properties;
    }

    @Override
    public Class<Condition> getResourceType() {
        return Condition.class;
    }

    @Read
    public Condition read(@IdParam IdType id) {
        long number = FhirIds.number(id, "Condition");
        return access.read("Condition", id.getIdPart(), null, scope -> intake.conditionById(scope.clinic(), number)
                .map(c -> {
                    PatientView patient = patients.of(scope, c.patientId());
                    scope.shown().add(c.patientId(), "Condition/" + c.id());
                    return ConditionResources.of(c, PatientContext.reference(patient, false, scope));
                }).orElse(null));
    }

    @Search
    public IBundleProvider search(
            @RequiredParam(name = Condition.SP_PATIENT) ReferenceParam patientParam,
            @OptionalParam(name = Condition.SP_CODE) TokenParam code,
            @IncludeParam(allow = {"Condition:patient", "Condition:subject"}) Set<Include> includes,
            @Offset Integer offset, @Count Integer count, HttpServletRequest request) {
        Pages page = Pages.of(offset, count, properties.defaultCount());
        PatientId patientId = FhirIds.patient(patientParam);
        boolean include = PatientContext.includesPatient(includes, "Condition");
        return access.search("Condition", request.getQueryString(), patientId, scope -> {
            PatientView patient = patients.of(scope, patientId);
            if (patient == null) {
                return page.bundle(List.of(), 0);
            }
            List<PainCondition> all = intake.conditionsByPatient(scope.clinic(), patientId).stream()
                    .filter(c -> code == null || matches(code, c)).toList();
            List<Resource> resources = page.of(all).stream().map(c -> {
                scope.shown().add(patientId, "Condition/" + c.id());
                return (Resource) ConditionResources.of(c, PatientContext.reference(patient, include, scope));
            }).toList();
            return page.bundle(resources, all.size());
        }, IBundleProvider::size);
    }

    private static boolean matches(TokenParam code, PainCondition c) {
        boolean system = code.getSystem() == null || code.getSystem().equals(ConditionResources.ICD10_CM);
        return system && c.icd10Code() != null && c.icd10Code().equalsIgnoreCase(code.getValue());
    }
}
