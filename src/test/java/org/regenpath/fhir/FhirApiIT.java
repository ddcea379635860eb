package org.regenpath.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.regenpath.support.ServerIT;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An external client (HAPI's generic client, signed in with HTTP Basic) reads the demo clinic's patients' whole
 * records through {@code /fhir}, every resource validates against base R4 with no error, and each resource parses
 * back to what was sent.
 */
class FhirApiIT extends ServerIT {

    static final FhirContext CONTEXT = FhirContext.forR4Cached();

    @Autowired
    FhirValidation validation;

    IGenericClient client(String user) {
        CONTEXT.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        // The first request starts the FHIR servlet; on a busy test machine that can take longer than 10 s.
        CONTEXT.getRestfulClientFactory().setSocketTimeout(120_000);
        IGenericClient client = CONTEXT.newRestfulGenericClient(url("/fhir"));
        client.registerInterceptor(new BasicAuthInterceptor(user, DEMO_PASSWORD));
        return client;
    }

    /** Every resource of a search, following the next links. */
    static <T extends Resource> List<T> all(IGenericClient client, Bundle first, Class<T> type) {
        List<T> out = new ArrayList<>();
        Bundle page = first;
        while (true) {
            page.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                    .map(type::cast).forEach(out::add);
            if (page.getLink(Bundle.LINK_NEXT) == null) {
                return out;
            }
            page = client.loadPage().next(page).execute();
        }
    }

    static List<Patient> patients(IGenericClient client, int count) {
        return all(client, client.search().forResource(Patient.class).count(count).returnBundle(Bundle.class)
                .execute(), Patient.class);
    }

    static <T extends Resource> List<T> of(IGenericClient client, Class<T> type, Patient patient) {
        return all(client, client.search().forResource(type)
                .where(Condition.PATIENT.hasId("Patient/" + patient.getIdElement().getIdPart()))
                .returnBundle(Bundle.class).execute(), type);
    }

    @Test
    void theCapabilityStatementListsExactlyTheServedTypes() {
        CapabilityStatement capabilities = client(WebIT.CLINICIAN).capabilities().ofType(CapabilityStatement.class)
                .execute();

        assertThat(capabilities.getFhirVersion().toCode()).isEqualTo("4.0.1");
        assertThat(capabilities.getRestFirstRep().getResource()).extracting(r -> r.getType())
                .contains("Patient", "Condition", "Observation", "Procedure")
                .isSubsetOf("Patient", "Condition", "Observation", "Procedure", "OperationDefinition");
        CapabilityStatement.CapabilityStatementRestResourceComponent observation = capabilities.getRestFirstRep()
                .getResource().stream().filter(r -> r.getType().equals("Observation")).findFirst().orElseThrow();
        assertThat(observation.getSearchParam()).extracting(p -> p.getName()).contains("patient", "code", "date");
        assertThat(observation.getInteraction()).extracting(i -> i.getCode().toCode())
                .containsExactlyInAnyOrder("read", "search-type");
    }

    @Test
    void anExternalClientReadsADemoPatientsWholeRecordAndItRoundTrips() {
        IGenericClient client = client(WebIT.CLINICIAN);
        Patient treated = null;
        List<Procedure> procedures = List.of();
        for (Patient p : patients(client, 50)) {
            procedures = of(client, Procedure.class, p);
            if (!procedures.isEmpty()) {
                treated = p;
                break;
            }
        }
        assertThat(treated).as("a demo patient with a recorded injection").isNotNull();

        Patient read = client.read().resource(Patient.class).withId(treated.getIdElement().getIdPart()).execute();
        List<Condition> conditions = of(client, Condition.class, treated);
        List<Observation> observations = of(client, Observation.class, treated);

        assertThat(read.getIdentifierFirstRep().getValue()).isNotBlank();
        assertThat(read.getNameFirstRep().getFamily()).isEqualTo(treated.getNameFirstRep().getFamily());
        assertThat(conditions).isNotEmpty().allSatisfy(c -> assertThat(c.getCode().getCodingFirstRep().getSystem())
                .isEqualTo("http://hl7.org/fhir/sid/icd-10-cm"));
        assertThat(observations).anySatisfy(o -> assertThat(o.getCode().getCoding())
                .anySatisfy(c -> assertThat(c.getSystem() + "|" + c.getCode()).isEqualTo("http://loinc.org|72514-3")));
        assertThat(procedures.get(0).getBodySiteFirstRep().getText()).matches("(Left|Right|Midline) .+");
        for (Resource resource : List.of(read, conditions.get(0), observations.get(0), procedures.get(0))) {
            Resource again = client.read().resource(resource.getClass()).withId(resource.getIdElement().getIdPart())
                    .execute();
            String json = CONTEXT.newJsonParser().encodeResourceToString(again);
            Resource parsed = (Resource) CONTEXT.newJsonParser().parseResource(json);
            // The client keeps the server's base in the id; the encoded resource carries the id part alone.
            parsed.setIdElement(again.getIdElement());
            assertThat(parsed.equalsDeep(again)).as(resource.fhirType() + " round trip").isTrue();
            String xml = CONTEXT.newXmlParser().encodeResourceToString(again);
            Resource fromXml = (Resource) CONTEXT.newXmlParser().parseResource(xml);
            fromXml.setIdElement(again.getIdElement());
            assertThat(fromXml.equalsDeep(again)).as(resource.fhirType() + " round trip through XML").isTrue();
        }
    }

    @Test
    void everyResourceOfEveryDemoPatientValidatesAgainstBaseR4() {
        IGenericClient client = client(WebIT.CLINICIAN);
        List<Patient> patients = patients(client, 5);
        assertThat(patients).hasSizeGreaterThanOrEqualTo(10);
        assertThat(new HashSet<>(patients.stream().map(p -> p.getIdElement().getIdPart()).toList()))
                .as("paging repeats no patient").hasSize(patients.size());
        List<IBaseResource> resources = new ArrayList<>(patients);
        Set<String> types = new HashSet<>();
        for (Patient p : patients) {
            for (Class<? extends Resource> type : List.of(Condition.class, Observation.class, Procedure.class)) {
                List<? extends Resource> found = of(client, type, p);
                found.forEach(r -> types.add(r.fhirType()));
                resources.addAll(found);
            }
        }
        assertThat(types).containsExactlyInAnyOrder("Condition", "Observation", "Procedure");

        List<String> errors = new ArrayList<>();
        for (IBaseResource resource : resources) {
            for (SingleValidationMessage m : validation.validate(resource).getMessages()) {
                if (m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
                    errors.add(resource.getIdElement().getValue() + " " + m.getLocationString() + ": "
                            + m.getMessage());
                }
            }
        }
        assertThat(errors).as(resources.size() + " resources validated").isEmpty();
    }

    @Test
    void theValidatorFindsErrorsInAnIncompleteResource() {
        assertThat(validation.validate(new Observation()).getMessages())
                .anySatisfy(m -> assertThat(m.getSeverity()).isEqualTo(ResultSeverityEnum.ERROR));
    }
}
