package org.regenpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every intake endpoint, API and page, against every kind of caller: anonymous, the roles intake is closed to,
 * a coordinator deciding, a clinician of another clinic, and the care team. Each refusal leaves a DENIED audit
 * row and writes nothing.
 */
class IntakeAuthorizationIT extends WebIT {

    /** An endpoint; {@code {p}} and {@code {c}} stand for the patient and one of their conditions. */
    record Endpoint(HttpMethod method, String url, String json, Map<String, String> form, boolean decides) {

        boolean api() {
            return url.startsWith("/api/");
        }

        boolean write() {
            return method != HttpMethod.GET;
        }

        boolean patientData() {
            return url.contains("{p}");
        }

        @Override
        public String toString() {
            return method + " " + url;
        }
    }

    static final String KNEE = """
            {"conditionId": "knee-oa", "icd10Code": "M17.11", "bodySite": "KNEE", "laterality": "RIGHT",
             "onsetDate": "2024-01-15", "baselineNrs": 6, "treatments": [], "version": 0}""";

    static final Map<String, String> KNEE_FORM = Map.of("conditionId", "knee-oa", "icd10Code", "M17.11",
            "bodySite", "KNEE", "laterality", "RIGHT", "onsetDate", "2024-01-15", "baselineNrs", "6", "version", "0");

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(HttpMethod.GET, "/api/conditions", null, null, false),
            new Endpoint(HttpMethod.GET, "/api/patients/{p}/pain-profile", null, null, false),
            new Endpoint(HttpMethod.GET, "/api/patients/{p}/pain-profile/conditions/{c}", null, null, false),
            new Endpoint(HttpMethod.POST, "/api/patients/{p}/pain-profile/conditions", KNEE, null, false),
            new Endpoint(HttpMethod.PUT, "/api/patients/{p}/pain-profile/conditions/{c}", KNEE, null, false),
            new Endpoint(HttpMethod.POST, "/api/patients/{p}/pain-profile/conditions/{c}/entered-in-error",
                    "{\"version\": 0}", null, false),
            new Endpoint(HttpMethod.GET, "/api/patients/{p}/pain-profile/health-screen", null, null, false),
            new Endpoint(HttpMethod.PUT, "/api/patients/{p}/pain-profile/health-screen",
                    "{\"answers\": {\"ACTIVE_INFECTION\": \"NO\"}, \"version\": 0}", null, false),
            new Endpoint(HttpMethod.GET, "/api/patients/{p}/screening", null, null, false),
            new Endpoint(HttpMethod.GET, "/api/patients/{p}/screening/decisions", null, null, false),
            new Endpoint(HttpMethod.POST, "/api/patients/{p}/screening/decisions",
                    "{\"outcome\": \"NOT_ELIGIBLE\", \"reason\": \"Authorisation test\"}", null, true),
            new Endpoint(HttpMethod.GET, "/patients/{p}/pain-profile", null, null, false),
            new Endpoint(HttpMethod.GET, "/patients/{p}/pain-profile/conditions/new", null, null, false),
            new Endpoint(HttpMethod.POST, "/patients/{p}/pain-profile/conditions", null, KNEE_FORM, false),
            new Endpoint(HttpMethod.GET, "/patients/{p}/pain-profile/conditions/{c}/edit", null, null, false),
            new Endpoint(HttpMethod.POST, "/patients/{p}/pain-profile/conditions/{c}", null, KNEE_FORM, false),
            new Endpoint(HttpMethod.POST, "/patients/{p}/pain-profile/conditions/{c}/entered-in-error", null,
                    Map.of("version", "0"), false),
            new Endpoint(HttpMethod.GET, "/patients/{p}/pain-profile/health-screen", null, null, false),
            new Endpoint(HttpMethod.POST, "/patients/{p}/pain-profile/health-screen", null,
                    Map.of("answers[ACTIVE_INFECTION]", "NO", "version", "0"), false),
            new Endpoint(HttpMethod.GET, "/patients/{p}/screening", null, null, false),
            new Endpoint(HttpMethod.POST, "/patients/{p}/screening/decisions", null,
                    Map.of("outcome", "NOT_ELIGIBLE", "reason", "Authorisation test"), true));

    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    /** A fresh patient of clinic A with one condition, so that no test sees another's writes. */
    record Target(PatientId patient, long condition) {}

    Target target() {
        ClinicId clinic = account(CLINICIAN).clinicId();
        PatientId patient = IntakeFixtures.patient(registry, clinic, uniqueMrn());
        PainCondition knee = profiles.addCondition(Actor.system(clinic), patient,
                IntakeFixtures.rightKnee(LocalDate.now()));
        return new Target(patient, knee.id());
    }

    MockHttpServletRequestBuilder build(Endpoint e, Target t) {
        String url = e.url().replace("{p}", String.valueOf(t.patient().value()))
                .replace("{c}", String.valueOf(t.condition()));
        MockHttpServletRequestBuilder b = request(e.method(), url).with(csrf());
        if (e.json() != null) {
            b.contentType(MediaType.APPLICATION_JSON).content(e.json());
        }
        if (e.form() != null) {
            e.form().forEach(b::param);
        }
        return b;
    }

    long written(Target t) {
        return jdbc.sql("""
                select (select count(*) from intake_pain_condition where patient_id = :p)
                     + (select coalesce(sum(version), 0) from intake_pain_condition where patient_id = :p)
                     + (select count(*) from intake_health_screen where patient_id = :p)
                     + (select count(*) from intake_candidacy_decision where patient_id = :p)""")
                .param("p", t.patient().value()).query(Long.class).single();
    }

    /** Runs the request and checks status, a DENIED audit row and that nothing was written. */
    void refused(Endpoint e, MockHttpServletRequestBuilder request, int status, boolean withPatient, Target t)
            throws Exception {
        assertRefusedAndAudited(e.toString(), request, status, withPatient ? t.patient().value() : null, () -> written(t));
    }

    @TestFactory
    Stream<DynamicTest> anonymousCallersMustSignIn() {
        return ENDPOINTS.stream().map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            Target t = target();
            if (e.api()) {
                refused(e, build(e, t), 401, false, t);
            } else {
                MockHttpServletResponse response = mvc.perform(build(e, t)).andReturn().getResponse();
                assertThat(response.getStatus()).as(e.toString()).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).as(e.toString()).endsWith("/login");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> rolesOutsideTheCareTeamAreForbidden() {
        return Stream.of(LAB, RESEARCHER, ADMIN).flatMap(user -> ENDPOINTS.stream().map(e -> DynamicTest.dynamicTest(
                user + " " + e, () -> {
                    Target t = target();
                    refused(e, build(e, t).with(as(user)), 403, e.patientData(), t);
                    // A wrong role is refused before any lookup: the answer does not tell whether the record exists.
                    Target none = new Target(PatientId.of(Integer.MAX_VALUE), Integer.MAX_VALUE - 1);
                    assertAnswersAsNoRecord(user + " " + e, build(e, t).with(as(user)),
                            build(e, none).with(as(user)), Map.of(String.valueOf(t.patient().value()),
                                    String.valueOf(none.patient().value()), String.valueOf(t.condition()),
                                    String.valueOf(none.condition())));
                })));
    }

    @TestFactory
    Stream<DynamicTest> aCoordinatorCannotRecordADecision() {
        return ENDPOINTS.stream().filter(Endpoint::decides).map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            Target t = target();
            refused(e, build(e, t).with(as(COORDINATOR)), 403, true, t);
        }));
    }

    @TestFactory
    Stream<DynamicTest> anotherClinicsClinicianFindsNoSuchPatient() {
        return ENDPOINTS.stream().filter(Endpoint::patientData).map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            Target t = target();
            refused(e, build(e, t).with(as(OTHER_CLINICIAN)), 404, true, t);
            Target none = new Target(PatientId.of(Integer.MAX_VALUE), Integer.MAX_VALUE - 1);
            Map<String, String> ids = new java.util.HashMap<>();
            ids.put(String.valueOf(t.patient().value()), String.valueOf(none.patient().value()));
            ids.put(String.valueOf(t.condition()), String.valueOf(none.condition()));
            assertAnswersAsNoRecord(e.toString(), build(e, t).with(as(OTHER_CLINICIAN)),
                    build(e, none).with(as(OTHER_CLINICIAN)), ids);
        }));
    }

    @TestFactory
    Stream<DynamicTest> theCareTeamIsServedAndAudited() {
        return Stream.of(CLINICIAN, COORDINATOR).flatMap(user -> ENDPOINTS.stream()
                .filter(e -> !(e.decides() && user.equals(COORDINATOR)))
                .map(e -> DynamicTest.dynamicTest(user + " " + e, () -> {
                    Target t = target();
                    long audit = lastAuditId();
                    MockHttpServletResponse response = mvc.perform(build(e, t).with(as(user))).andReturn()
                            .getResponse();
                    assertThat(response.getStatus()).as(e.toString()).isBetween(200, 399);
                    if (e.patientData()) {
                        assertThat(auditAfter(audit)).as(e.toString()).anySatisfy(r -> {
                            assertThat(r.get("outcome")).isEqualTo("SUCCESS");
                            assertThat(((Number) r.get("patient_id")).longValue()).isEqualTo(t.patient().value());
                        });
                    }
                })));
    }
}
