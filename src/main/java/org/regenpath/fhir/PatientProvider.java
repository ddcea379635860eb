package org.regenpath.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.regenpath.patient.PatientLookup;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ResultPage;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Patient: read, and search by MRN ({@code identifier}), name, birth date and last change, in the caller's clinic. */
@Component
@Lazy
@Order(1)
class PatientProvider implements IResourceProvider {

    private final PatientLookup patients;
    private final FhirAccess access;
    private final FhirProperties properties;

    PatientProvider(PatientLookup patients, FhirAccess access, FhirProperties properties) {
        this.patients = patients;
        this.access = access;
        this.properties = properties;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Read
    public Patient read(@IdParam IdType id) {
        PatientId patient = PatientId.of(FhirIds.number(id, "Patient"));
        return access.read("Patient", id.getIdPart(), patient, scope -> patients.byId(scope.clinic(), patient)
                .map(p -> {
                    scope.shown().add(p.id(), "Patient/" + p.id().value());
                    return PatientResources.of(p);
                }).orElse(null));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = Patient.SP_IDENTIFIER) TokenParam identifier,
            @OptionalParam(name = Patient.SP_NAME) StringParam name,
            @OptionalParam(name = Patient.SP_BIRTHDATE) DateRangeParam birthDate,
            @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
            @Offset Integer offset, @Count Integer count, HttpServletRequest request) {
        Pages page = Pages.of(offset, count, properties.defaultCount());
        return access.search("Patient", request.getQueryString(), null, scope -> {
            if (identifier != null && identifier.getSystem() != null
                    && !identifier.getSystem().equals(PatientResources.mrnSystem(scope.clinic()))) {
                return page.bundle(List.of(), 0);
            }
            PatientLookup.Criteria criteria = new PatientLookup.Criteria(
                    identifier == null ? null : identifier.getValue(),
                    name == null ? null : name.getValue(),
                    day(FhirIds.from(birthDate)),
                    day(FhirIds.before(birthDate) == null ? null : FhirIds.before(birthDate).minusMillis(1)),
                    FhirIds.from(lastUpdated), FhirIds.before(lastUpdated));
            if (page.count() == 0) {
                return page.bundle(List.of(), patients.search(scope.clinic(), criteria, 0, 1).total());
            }
            ResultPage<PatientView> found = patients.search(scope.clinic(), criteria, page.offset(), page.count());
            List<Resource> resources = found.items().stream().map(p -> {
                scope.shown().add(p.id(), "Patient/" + p.id().value());
                return (Resource) PatientResources.of(p);
            }).toList();
            return page.bundle(resources, found.total());
        }, IBundleProvider::size);
    }

    /** HAPI reads a day-precision date in the server's time zone, so the day is read back in it. */
    private static LocalDate day(Instant at) {
        return at == null ? null : at.atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
