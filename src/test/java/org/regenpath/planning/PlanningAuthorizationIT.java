package org.regenpath.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every planning endpoint against anonymous callers, the roles it is closed to, and a clinician of another
 * clinic: each refusal leaves a DENIED audit row (naming the patient where there is one) and writes nothing.
 * The roles it is open to are served and audited.
 */
class PlanningAuthorizationIT extends WebIT {

    /**
     * An endpoint; {@code {p}} and {@code {plan}} stand for the patient and their draft plan, {@code {sha}} in the
     * body for the consent document's hash. {@code consented}: the draft has a signed consent first.
     */
    record Endpoint(HttpMethod method, String url, boolean planBody, String json, List<String> allowed,
            List<String> forbidden, boolean consented) {

        Endpoint(HttpMethod method, String url, boolean planBody, String json, List<String> allowed,
                List<String> forbidden) {
            this(method, url, planBody, json, allowed, forbidden, false);
        }

        boolean patientData() {
            return url.contains("{p}");
        }

        @Override
        public String toString() {
            return method + " " + url;
        }
    }

    static final String CLASSIFY = """
            {"cellSource": "AUTOLOGOUS_BONE_MARROW", "productType": "BONE_MARROW_CONCENTRATE", "use": "HOMOLOGOUS",
             "manipulation": "MINIMAL"}""";

    static final String SIGNING = """
            {"patientTypedName": "%s", "patientAcknowledged": true, "clinicianEmail": "%s",
             "clinicianPassword": "%s", "documentSha256": "{sha}"}""".formatted(ClinicalFixtures.PATIENT_NAME,
            CLINICIAN, DEMO_PASSWORD);

    static final String CONSENT = "/api/patients/{p}/plans/{plan}/versions/1/consent";

    static final String CONSENT_PAGE = "/patients/{p}/plans/{plan}/versions/1/consent";

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(HttpMethod.GET, "/api/patients/{p}/plans", false, null,
                    List.of(CLINICIAN, COORDINATOR, LAB), List.of(RESEARCHER, ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/patients/{p}/plans", true, null,
                    List.of(CLINICIAN, COORDINATOR), List.of(LAB, RESEARCHER, ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/patients/{p}/plans/{plan}", false, null,
                    List.of(CLINICIAN, COORDINATOR, LAB), List.of(RESEARCHER, ADMIN)),
            new Endpoint(HttpMethod.PUT, "/api/patients/{p}/plans/{plan}", true, null,
                    List.of(CLINICIAN, COORDINATOR), List.of(LAB, RESEARCHER, ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/patients/{p}/plans/{plan}/approval", false, "{\"version\": 0}",
                    List.of(CLINICIAN), List.of(COORDINATOR, LAB, RESEARCHER, ADMIN), true),
            new Endpoint(HttpMethod.GET, CONSENT, false, null,
                    List.of(CLINICIAN, COORDINATOR), List.of(LAB, RESEARCHER, ADMIN)),
            new Endpoint(HttpMethod.POST, CONSENT, false, SIGNING,
                    List.of(CLINICIAN), List.of(COORDINATOR, LAB, RESEARCHER, ADMIN)),
            new Endpoint(HttpMethod.POST, CONSENT + "/withdrawal", false, "{\"reason\": \"Changed my mind\"}",
                    List.of(CLINICIAN, COORDINATOR), List.of(LAB, RESEARCHER, ADMIN), true),
            new Endpoint(HttpMethod.GET, CONSENT_PAGE, false, null,
                    List.of(CLINICIAN, COORDINATOR), List.of(LAB, RESEARCHER, ADMIN)),
            new Endpoint(HttpMethod.GET, CONSENT_PAGE + "/print", false, null,
                    List.of(CLINICIAN, COORDINATOR), List.of(LAB, RESEARCHER, ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/regulatory-classification", false, CLASSIFY,
                    List.of(CLINICIAN, COORDINATOR, LAB, RESEARCHER, ADMIN), List.of()));

    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    @Autowired
    CandidacyScreening screening;

    @Autowired
    TreatmentPlans plans;

    @Autowired
    PlanConsents consents;

    /** A fresh ELIGIBLE patient of clinic A with one draft plan, whose consent {@code e} may need signed. */
    record Target(ClinicalFixtures.Candidate candidate, long plan) {}

    Target target(Endpoint e) {
        ClinicId clinic = account(CLINICIAN).clinicId();
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening, clinic,
                uniqueMrn(), Outcome.ELIGIBLE);
        long plan = plans.create(Actor.system(clinic), c.patient(), ClinicalFixtures.marrowPlan(c)).id();
        if (e.consented()) {
            ClinicalFixtures.signConsent(consents, actor(CLINICIAN), c.patient(), plan, 1);
        }
        return new Target(c, plan);
    }

    /** The plan id of the nonexistent target. */
    static final long NO_PLAN = Integer.MAX_VALUE - 1;

    MockHttpServletRequestBuilder build(Endpoint e, Target t) {
        String url = e.url().replace("{p}", String.valueOf(t.candidate().patient().value()))
                .replace("{plan}", String.valueOf(t.plan()));
        MockHttpServletRequestBuilder b = request(e.method(), url).with(csrf());
        String json = e.planBody() ? PlanningWebFixtures.marrowPlanJson(t.candidate().conditionId(),
                "BONE_MARROW_CONCENTRATE", "MINIMAL", "\"version\": 0") : e.json();
        if (json != null && json.contains("{sha}")) {
            // A plan that does not exist has no document to sign: any well-formed hash will do.
            json = json.replace("{sha}", t.plan() == NO_PLAN ? "0".repeat(64)
                    : consents.view(actor(CLINICIAN), t.candidate().patient(), t.plan(), 1).document().sha256());
        }
        if (json != null) {
            b.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return b;
    }

    long written(Target t) {
        return jdbc.sql("""
                select (select count(*) from planning_plan where patient_id = :p)
                     + (select coalesce(sum(version), 0) from planning_plan where patient_id = :p)
                     + (select count(*) from planning_consent where patient_id = :p)
                     + (select count(*) from planning_consent_withdrawal w
                        join planning_consent c on c.id = w.consent_id where c.patient_id = :p)""")
                .param("p", t.candidate().patient().value()).query(Long.class).single();
    }

    void refused(Endpoint e, MockHttpServletRequestBuilder request, int status, boolean withPatient, Target t)
            throws Exception {
        assertRefusedAndAudited(e.toString(), request, status, withPatient ? t.candidate().patient().value() : null,
                () -> written(t));
    }

    @TestFactory
    Stream<DynamicTest> anonymousCallersMustSignIn() {
        return ENDPOINTS.stream().map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            Target t = target(e);
            refused(e, build(e, t), e.url().startsWith("/api/") ? 401 : 302, false, t);
        }));
    }

    @TestFactory
    Stream<DynamicTest> rolesTheEndpointIsClosedToAreForbidden() {
        return ENDPOINTS.stream().flatMap(e -> e.forbidden().stream().map(user -> DynamicTest.dynamicTest(
                user + " " + e, () -> {
                    Target t = target(e);
                    refused(e, build(e, t).with(as(user)), 403, true, t);
                    // A wrong role is refused before any lookup: the answer does not tell whether the record exists.
                    Target none = new Target(new ClinicalFixtures.Candidate(PatientId.of(Integer.MAX_VALUE),
                            t.candidate().conditionId()), NO_PLAN);
                    assertAnswersAsNoRecord(user + " " + e, build(e, t).with(as(user)),
                            build(e, none).with(as(user)), Map.of(String.valueOf(t.candidate().patient().value()),
                                    String.valueOf(none.candidate().patient().value()), String.valueOf(t.plan()),
                                    String.valueOf(none.plan())));
                })));
    }

    @TestFactory
    Stream<DynamicTest> anotherClinicsClinicianFindsNoSuchPatient() {
        return ENDPOINTS.stream().filter(Endpoint::patientData).map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            Target t = target(e);
            refused(e, build(e, t).with(as(OTHER_CLINICIAN)), 404, true, t);
            Target none = new Target(new ClinicalFixtures.Candidate(PatientId.of(Integer.MAX_VALUE),
                    t.candidate().conditionId()), NO_PLAN);
            Map<String, String> ids = new java.util.HashMap<>();
            ids.put(String.valueOf(t.candidate().patient().value()),
                    String.valueOf(none.candidate().patient().value()));
            ids.put(String.valueOf(t.plan()), String.valueOf(none.plan()));
            assertAnswersAsNoRecord(e.toString(), build(e, t).with(as(OTHER_CLINICIAN)),
                    build(e, none).with(as(OTHER_CLINICIAN)), ids);
        }));
    }

    @TestFactory
    Stream<DynamicTest> allowedRolesAreServedAndAudited() {
        return ENDPOINTS.stream().flatMap(e -> e.allowed().stream().map(user -> DynamicTest.dynamicTest(
                user + " " + e, () -> {
                    Target t = target(e);
                    long audit = lastAuditId();
                    MockHttpServletResponse response = mvc.perform(build(e, t).with(as(user))).andReturn()
                            .getResponse();
                    assertThat(response.getStatus()).as(user + " " + e).isBetween(200, 299);
                    if (e.patientData()) {
                        assertThat(auditAfter(audit)).as(e.toString()).anySatisfy(r -> {
                            assertThat(r.get("outcome")).isEqualTo("SUCCESS");
                            assertThat(r.get("resource_type")).isEqualTo(e.url().contains("consent")
                                    ? "PlanConsent" : "TreatmentPlan");
                            assertThat(((Number) r.get("patient_id")).longValue())
                                    .isEqualTo(t.candidate().patient().value());
                        });
                    }
                })));
    }
}
