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
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.regenpath.followup.FollowupLookup;
import org.regenpath.followup.StoredResponse;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.instrument.ScaleScore;
import org.regenpath.intake.IntakeLookup;
import org.regenpath.intake.PainCondition;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.PatientId;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Observation: the scores of every scored questionnaire response (one per scale) and the baseline pain score of each
 * pain condition; read, and search by patient, code and date.
 */
@Component
@Lazy
@Order(3)
class ObservationProvider implements IResourceProvider {

    private static final Pattern RESPONSE = Pattern.compile("r([0-9]{1,18})-([a-z0-9-]{1,40})");
    private static final Pattern BASELINE = Pattern.compile("c([0-9]{1,18})-nrs");

    private final FollowupLookup followup;
    private final IntakeLookup intake;
    private final InstrumentCatalog instruments;
    private final PatientContext patients;
    private final FhirAccess access;
    private final FhirProperties properties;

    ObservationProvider(FollowupLookup followup, IntakeLookup intake, InstrumentCatalog instruments,
            PatientContext patients, FhirAccess access, FhirProperties properties) {
        this.followup = followup;
        this.intake = intake;
        this.instruments = instruments;
        this.patients = patients;
        this.access = access;
        this.properties = properties;
    }

    @Override
    public Class<Observation> getResourceType() {
        return Observation.class;
    }

    @Read
    public Observation read(@IdParam IdType id) {
        String part = id.getIdPart();
        Matcher response = RESPONSE.matcher(part == null ? "" : part);
        Matcher baseline = BASELINE.matcher(part == null ? "" : part);
        if (!response.matches() && !baseline.matches()) {
            throw new InvalidRequestException("Malformed Observation id \"" + part
                    + "\": Observation ids are r<number>-<scale> or c<number>-nrs.");
        }
        return access.read("Observation", part, null, scope -> {
            List<Observation> found = response.matches()
                    ? followup.responsesByIds(scope.clinic(), List.of(Long.parseLong(response.group(1)))).stream()
                            .flatMap(r -> scores(r).stream()).toList()
                    : intake.conditionById(scope.clinic(), Long.parseLong(baseline.group(1))).stream()
                            .map(c -> baseline(c)).toList();
            return found.stream().filter(o -> o.getIdElement().getIdPart().equals(part)).findFirst().map(o -> {
                scope.shown().add(PatientId.of(new IdType(o.getSubject().getReference()).getIdPartAsLong()),
                        "Observation/" + part);
                return o;
            }).orElse(null);
        });
    }

    @Search
    public IBundleProvider search(
            @RequiredParam(name = Observation.SP_PATIENT) ReferenceParam patientParam,
            @OptionalParam(name = Observation.SP_CODE) TokenParam code,
            @OptionalParam(name = Observation.SP_DATE) DateRangeParam date,
            @IncludeParam(allow = {"Observation:patient", "Observation:subject"}) Set<Include> includes,
            @Offset Integer offset, @Count Integer count, HttpServletRequest request) {
        Pages page = Pages.of(offset, count, properties.defaultCount());
        PatientId patientId = FhirIds.patient(patientParam);
        boolean include = PatientContext.includesPatient(includes, "Observation");
        return access.search("Observation", request.getQueryString(), patientId, scope -> {
            PatientView patient = patients.of(scope, patientId);
            if (patient == null) {
                return page.bundle(List.of(), 0);
            }
            List<Observation> all = new ArrayList<>();
            intake.conditionsByPatient(scope.clinic(), patientId).forEach(c -> all.add(baseline(c)));
            followup.responsesByPatient(scope.clinic(), patientId).forEach(r -> all.addAll(scores(r)));
            List<Observation> matching = all.stream()
                    .filter(o -> code == null || matches(code, o))
                    .filter(o -> date == null || FhirIds.within(date, effective(o)))
                    .sorted(Comparator.comparing(ObservationProvider::effective)
                            .thenComparing(o -> o.getIdElement().getIdPart()))
                    .toList();
            List<Resource> resources = page.of(matching).stream().map(o -> {
                scope.shown().add(patientId, "Observation/" + o.getIdElement().getIdPart());
                o.setSubject(PatientContext.reference(patient, include, scope));
                return (Resource) o;
            }).toList();
            return page.bundle(resources, matching.size());
        }, IBundleProvider::size);
    }

    private List<Observation> scores(StoredResponse r) {
        Reference subject = subject(r.patientId());
        return r.scores().stream().filter(ScaleScore::isScored).map(s -> ObservationResources.score(
                ObservationResources.responseId(r.id(), s.scale()), instruments.instrument(r.instrumentId()), s,
                r.answeredOn(), r.submittedAt(), subject)).toList();
    }

    private Observation baseline(PainCondition c) {
        return ObservationResources.baseline(c, instruments.instrument(ObservationResources.NRS),
                subject(c.patientId()));
    }

    private static Instant effective(Observation o) {
        return o.getEffectiveDateTimeType().getValue().toInstant();
    }

    private static Reference subject(PatientId patient) {
        return new Reference("Patient/" + patient.value());
    }

    private static boolean matches(TokenParam code, Observation o) {
        for (Coding coding : o.getCode().getCoding()) {
            if ((code.getSystem() == null || code.getSystem().equals(coding.getSystem()))
                    && coding.getCode().equals(code.getValue())) {
                return true;
            }
        }
        return false;
    }
}
