package org.regenpath.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.support.ServerIT;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The FHIR API's authorisation, tenant and error matrix over real HTTP (the servlet is not reachable through MockMvc,
 * so {@code support.AuthorizationMatrix} cannot drive it): anonymous callers 401, roles other than clinician and
 * coordinator 403 before any lookup, another clinic's records 404 exactly like missing ones, in reads, searches and
 * {@code _include}; every refusal and every read audited; bad requests 4xx OperationOutcomes naming the problem.
 */
class FhirAuthorizationIT extends ServerIT {

    static final FhirContext CONTEXT = FhirContext.forR4Cached();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    @Autowired
    JdbcClient jdbc;

    Patient demo;

    HttpResponse<String> get(String user, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofMinutes(2))
                .header("Accept", "application/fhir+json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    <T> T parse(HttpResponse<String> response, Class<T> type) {
        return type.cast(CONTEXT.newJsonParser().parseResource(response.body()));
    }

    long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }

    List<Map<String, Object>> auditSince(long id) {
        return jdbc.sql("select * from audit_event where id > :id order by id").param("id", id).query()
                .listOfRows();
    }

    @BeforeEach
    void aDemoPatient() throws Exception {
        HttpResponse<String> res = get(WebIT.CLINICIAN, "/fhir/Patient?_count=1");
        assertThat(res.statusCode()).isEqualTo(200);
        demo = (Patient) parse(res, Bundle.class).getEntryFirstRep().getResource();
    }

    String demoId() {
        return demo.getIdElement().getIdPart();
    }

    @Test
    void anAnonymousCallerIsAskedToSignInAndAudited() throws Exception {
        long mark = lastAuditId();
        HttpResponse<String> res = get(null, "/fhir/Patient/" + demoId());

        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(auditSince(mark)).anySatisfy(row -> {
            assertThat(row.get("outcome")).isEqualTo("DENIED");
            assertThat(row.get("username")).isEqualTo("anonymous");
        });
    }

    @Test
    void rolesThatMayNotReadPatientRecordsAreRefusedBeforeAnyLookupAndAudited() throws Exception {
        for (String user : List.of(WebIT.LAB, WebIT.RESEARCHER, WebIT.ADMIN)) {
            for (String path : List.of("/fhir/Patient/" + demoId(), "/fhir/Patient?name=a",
                    "/fhir/Observation?patient=" + demoId(), "/fhir/Condition?patient=" + demoId(),
                    "/fhir/Procedure?patient=" + demoId())) {
                long mark = lastAuditId();
                HttpResponse<String> res = get(user, path);

                assertThat(res.statusCode()).as(user + " " + path).isEqualTo(403);
                assertThat(parse(res, OperationOutcome.class).getIssueFirstRep().getDiagnostics())
                        .contains("may not read patient records through FHIR");
                assertThat(auditSince(mark)).as(user + " " + path).singleElement().satisfies(row -> {
                    assertThat(row.get("outcome")).isEqualTo("DENIED");
                    assertThat(row.get("username")).isEqualTo(user);
                    assertThat(row.get("address")).isNotNull();
                    if (!path.contains("?name=")) {
                        assertThat(((Number) row.get("patient_id")).longValue()).isEqualTo(demo.getIdElement()
                                .getIdPartAsLong());
                    }
                });
            }
            String missing = get(user, "/fhir/Patient/999999999").body();
            assertThat(get(user, "/fhir/Patient/" + demoId()).body()).as("the refusal tells nothing about the record")
                    .isEqualTo(missing);
        }
    }

    @Test
    void theCareTeamIsServedAndEachReadIsAuditedNamingThePatient() throws Exception {
        for (String user : List.of(WebIT.CLINICIAN, WebIT.COORDINATOR)) {
            long mark = lastAuditId();
            HttpResponse<String> res = get(user, "/fhir/Patient/" + demoId());

            assertThat(res.statusCode()).isEqualTo(200);
            assertThat(parse(res, Patient.class).getIdentifierFirstRep().getValue())
                    .isEqualTo(demo.getIdentifierFirstRep().getValue());
            assertThat(auditSince(mark)).anySatisfy(row -> {
                assertThat(row.get("outcome")).isEqualTo("SUCCESS");
                assertThat(row.get("action")).isEqualTo("READ");
                assertThat(row.get("username")).isEqualTo(user);
                assertThat(((Number) row.get("patient_id")).longValue()).isEqualTo(demo.getIdElement()
                        .getIdPartAsLong());
            });

            mark = lastAuditId();
            assertThat(get(user, "/fhir/Observation?patient=" + demoId()).statusCode()).isEqualTo(200);
            assertThat(auditSince(mark)).anySatisfy(row -> {
                assertThat(row.get("action")).isEqualTo("SEARCH");
                assertThat((String) row.get("detail")).contains("Observation?patient=" + demoId());
            });
        }
    }

    @Test
    void anotherClinicsRecordsAnswerAsNoneInReadsSearchesAndIncludes() throws Exception {
        String other = WebIT.OTHER_CLINICIAN;
        String conditionId = firstId("/fhir/Condition?patient=" + demoId());
        String observationId = firstId("/fhir/Observation?patient=" + demoId());

        long mark = lastAuditId();
        HttpResponse<String> read = get(other, "/fhir/Patient/" + demoId());
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(auditSince(mark)).singleElement().satisfies(row -> {
            assertThat(row.get("outcome")).isEqualTo("DENIED");
            assertThat(((Number) row.get("patient_id")).longValue()).isEqualTo(demo.getIdElement().getIdPartAsLong());
        });
        assertThat(read.body()).as("another clinic's patient reads exactly like a missing one")
                .isEqualTo(get(other, "/fhir/Patient/999999999").body().replace("999999999", demoId()));
        assertThat(get(other, "/fhir/Condition/" + conditionId).statusCode()).isEqualTo(404);
        assertThat(get(other, "/fhir/Observation/" + observationId).statusCode()).isEqualTo(404);

        // MRNs are numbered per clinic: the same MRN or name may find the other clinic's own patient, never ours.
        for (String search : List.of("/fhir/Patient?identifier=" + demo.getIdentifierFirstRep().getValue(),
                "/fhir/Patient?name=" + demo.getNameFirstRep().getFamily())) {
            assertThat(parse(get(other, search), Bundle.class).getEntry()).as(search)
                    .extracting(e -> e.getResource().getIdElement().getIdPart()).doesNotContain(demoId());
        }
        for (String search : List.of("/fhir/Patient?identifier=" + demo.getIdentifierFirstRep().getSystem() + "%7C"
                        + demo.getIdentifierFirstRep().getValue(),
                "/fhir/Observation?patient=" + demoId() + "&_include=Observation:patient",
                "/fhir/Condition?patient=Patient/" + demoId() + "&_include=Condition:subject",
                "/fhir/Procedure?patient=" + demoId() + "&_include=Procedure:patient")) {
            HttpResponse<String> res = get(other, search);
            assertThat(res.statusCode()).as(search).isEqualTo(200);
            Bundle bundle = parse(res, Bundle.class);
            assertThat(bundle.getTotal()).as(search).isZero();
            assertThat(bundle.getEntry()).as(search).isEmpty();
        }

        Bundle theirs = parse(get(other, "/fhir/Patient?_count=200"), Bundle.class);
        assertThat(theirs.getTotal()).as("the other clinic has patients of its own").isPositive();
        assertThat(theirs.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .doesNotContain(demoId());
    }

    @Test
    void includeAddsThePatientOfTheCallersClinic() throws Exception {
        Bundle bundle = parse(get(WebIT.CLINICIAN, "/fhir/Observation?patient=" + demoId()
                + "&_include=Observation:patient"), Bundle.class);

        assertThat(bundle.getEntry()).filteredOn(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.INCLUDE)
                .singleElement().satisfies(e -> assertThat(e.getResource().getIdElement().getIdPart())
                        .isEqualTo(demoId()));
    }

    @Test
    void badRequestsAreOperationOutcomesNamingTheProblem() throws Exception {
        Map<String, String> expected = Map.of(
                "/fhir/Specimen/1", "Specimen",
                "/fhir/Patient/abc", "Malformed Patient id",
                "/fhir/Observation/xyz", "Malformed Observation id",
                "/fhir/Observation?patient=Patient/abc", "Malformed patient reference",
                "/fhir/Condition", "Condition",
                "/fhir/Patient?_count=1000", "_count",
                "/fhir/Observation?patient=" + demoId() + "&date=yesterday", "date");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            HttpResponse<String> res = get(WebIT.CLINICIAN, e.getKey());
            assertThat(res.statusCode()).as(e.getKey()).isBetween(400, 499);
            assertThat(res.body()).as(e.getKey()).doesNotContain("Exception").doesNotContain("at org.");
            assertThat(parse(res, OperationOutcome.class).getIssueFirstRep().getDiagnostics()).as(e.getKey())
                    .contains(e.getValue());
        }
    }

    @Test
    void pagesFollowWithOffsetAndNoResultsAreKeptBetweenRequests() throws Exception {
        Bundle first = parse(get(WebIT.CLINICIAN, "/fhir/Patient?_count=3"), Bundle.class);

        assertThat(first.getEntry()).hasSize(3);
        assertThat(first.getTotal()).isGreaterThan(3);
        String next = first.getLink(Bundle.LINK_NEXT).getUrl();
        assertThat(next).contains("_offset=3").doesNotContain("_getpages");
        Bundle second = parse(get(WebIT.CLINICIAN, next.substring(next.indexOf("/fhir"))), Bundle.class);
        assertThat(second.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .doesNotContainAnyElementsOf(first.getEntry().stream()
                        .map(e -> e.getResource().getIdElement().getIdPart()).toList());
        HttpResponse<String> theirs = get(WebIT.OTHER_CLINICIAN, next.substring(next.indexOf("/fhir")));
        assertThat(parse(theirs, Bundle.class).getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .as("a next link read by another clinic shows that clinic's patients only")
                .doesNotContainAnyElementsOf(second.getEntry().stream()
                        .map(e -> e.getResource().getIdElement().getIdPart()).toList());
    }

    private String firstId(String search) throws Exception {
        Bundle bundle = parse(get(WebIT.CLINICIAN, search), Bundle.class);
        assertThat(bundle.getEntry()).as(search).isNotEmpty();
        return bundle.getEntryFirstRep().getResource().getIdElement().getIdPart();
    }
}
