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
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.regenpath.patient.PatientView;
import org.regenpath.procedure.ProcedureLookup;
import org.regenpath.procedure.ProcedureRecord;
import org.regenpath.shared.PatientId;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Procedure: the recorded injections; read, and search by patient and date. */
@Component
@Lazy
@Order(4)
class ProcedureProvider implements IResourceProvider {

    private final ProcedureLookup procedures;
    private final PatientContext patients;
    private final FhirAccess access;
    private final FhirProperties properties;

    ProcedureProvider(ProcedureLookup procedures, PatientContext patients, FhirAccess access,
            FhirProperties properties) {
        this.procedures = procedures;
        this.patients = patients;
        this.access = access;
        this.properties = properties;
    }

    @Override
    public Class<Procedure> getResourceType() {
        return Procedure.class;
    }

    @Read
    public Procedure read(@IdParam IdType id) {
        long number = FhirIds.number(id, "Procedure");
        return access.read("Procedure", id.getIdPart(), null, scope -> procedures.byId(scope.clinic(), number)
                .map(r -> {
                    PatientView patient = patients.of(scope, r.patientId());
                    scope.shown().add(r.patientId(), "Procedure/" + r.id());
                    return ProcedureResources.of(r, PatientContext.reference(patient, false, scope));
                }).orElse(null));
    }

    @Search
    public IBundleProvider search(
            @RequiredParam(name = Procedure.SP_PATIENT) ReferenceParam patientParam,
            @OptionalParam(name = Procedure.SP_DATE) DateRangeParam date,
            @IncludeParam(allow = {"Procedure:patient", "Procedure:subject"}) Set<Include> includes,
            @Offset Integer offset, @Count Integer count, HttpServletRequest request) {
        Pages page = Pages.of(offset, count, properties.defaultCount());
        PatientId patientId = FhirIds.patient(patientParam);
        boolean include = PatientContext.includesPatient(includes, "Procedure");
        return access.search("Procedure", request.getQueryString(), patientId, scope -> {
            PatientView patient = patients.of(scope, patientId);
            if (patient == null) {
                return page.bundle(List.of(), 0);
            }
            List<ProcedureRecord> all = procedures.byPatient(scope.clinic(), patientId).stream()
                    .filter(r -> date == null || FhirIds.within(date, r.performedAt())).toList();
            List<Resource> resources = page.of(all).stream().map(r -> {
                scope.shown().add(patientId, "Procedure/" + r.id());
                return (Resource) ProcedureResources.of(r, PatientContext.reference(patient, include, scope));
            }).toList();
            return page.bundle(resources, all.size());
        }, IBundleProvider::size);
    }
}
