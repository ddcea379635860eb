package org.regenpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.patient.PatientDetails;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.shared.Actor;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every endpoint that touches patient data or administration, tried by an anonymous caller, by a signed-in user
 * whose role may not use it, and by a user of another clinic: each is refused, and each refusal leaves a DENIED
 * row in the audit trail. Intake endpoints have their own matrix in the intake module's tests.
 */
class AuthorizationMatrixIT extends WebIT {

    /**
     * @param path with {@code {patient}} / {@code {user}} placeholders for clinic A's records
     * @param wrongRole a user of clinic A whose role may not use the endpoint
     * @param otherClinic a user of clinic B with a role that may use it, or null where no record id is involved
     */
    record Endpoint(HttpMethod method, String path, String body, String wrongRole, String otherClinic) {

        boolean api() {
            return path.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final String PATIENT_JSON = """
            {"givenName": "Mallory", "familyName": "Probe", "dateOfBirth": "1970-01-01", "sexAtBirth": "F",
             "version": 0}""";
    private static final String PATIENT_FORM = "givenName=Mallory&familyName=Probe&dateOfBirth=1970-01-01"
            + "&sexAtBirth=F&version=0";

    static List<Endpoint> endpoints() {
        List<Endpoint> e = new ArrayList<>();
        e.add(new Endpoint(HttpMethod.GET, "/api/patients", null, LAB, null));
        e.add(new Endpoint(HttpMethod.POST, "/api/patients", PATIENT_JSON, RESEARCHER, null));
        e.add(new Endpoint(HttpMethod.GET, "/api/patients/{patient}", null, LAB, OTHER_CLINICIAN));
        e.add(new Endpoint(HttpMethod.PUT, "/api/patients/{patient}", PATIENT_JSON, ADMIN, OTHER_CLINICIAN));
        e.add(new Endpoint(HttpMethod.GET, "/api/audit-events", null, CLINICIAN, null));
        e.add(new Endpoint(HttpMethod.GET, "/patients", null, LAB, null));
        e.add(new Endpoint(HttpMethod.GET, "/patients/new", null, RESEARCHER, null));
        e.add(new Endpoint(HttpMethod.POST, "/patients", PATIENT_FORM, ADMIN, null));
        e.add(new Endpoint(HttpMethod.GET, "/patients/{patient}", null, LAB, OTHER_CLINICIAN));
        e.add(new Endpoint(HttpMethod.GET, "/patients/{patient}/edit", null, RESEARCHER, OTHER_CLINICIAN));
        e.add(new Endpoint(HttpMethod.POST, "/patients/{patient}", PATIENT_FORM, LAB, OTHER_CLINICIAN));
        e.add(new Endpoint(HttpMethod.GET, "/patients/{patient}/history", null, COORDINATOR, OTHER_CLINICIAN));
        e.add(new Endpoint(HttpMethod.GET, "/patients/{patient}/summary", null, LAB, OTHER_CLINICIAN));
        e.add(new Endpoint(HttpMethod.GET, "/procedures/day", null, LAB, null));
        e.add(new Endpoint(HttpMethod.GET, "/admin/users", null, CLINICIAN, null));
        e.add(new Endpoint(HttpMethod.POST, "/admin/users", "email=x@y.example&displayName=X&role=CLINICIAN"
                + "&password=long-enough-password", COORDINATOR, null));
        e.add(new Endpoint(HttpMethod.GET, "/admin/users/{user}", null, CLINICIAN, OTHER_ADMIN));
        e.add(new Endpoint(HttpMethod.POST, "/admin/users/{user}", "displayName=X&role=CLINICIAN&enabled=true"
                + "&version=0", LAB, OTHER_ADMIN));
        e.add(new Endpoint(HttpMethod.POST, "/admin/users/{user}/unlock", "", RESEARCHER, OTHER_ADMIN));
        e.add(new Endpoint(HttpMethod.POST, "/admin/users/{user}/password", "password=another-long-password",
                CLINICIAN, OTHER_ADMIN));
        e.add(new Endpoint(HttpMethod.GET, "/admin/audit", null, COORDINATOR, null));
        e.add(new Endpoint(HttpMethod.POST, "/admin/clinic", "timeZone=America/Chicago", CLINICIAN, null));
        e.add(new Endpoint(HttpMethod.GET, "/admin/events", null, COORDINATOR, null));
        // Another clinic's failing delivery answers like a missing one: system.EventPagesIT.
        e.add(new Endpoint(HttpMethod.POST, "/admin/events/00000000-0000-0000-0000-000000000000/retry", "", CLINICIAN,
                null));
        e.add(new Endpoint(HttpMethod.PUT, "/api/clinic/time-zone", "{\"timeZone\": \"America/Chicago\"}",
                COORDINATOR, null));
        e.add(new Endpoint(HttpMethod.GET, "/admin/audit.csv", null, CLINICIAN, null));
        return e;
    }

    @Autowired
    private PatientRegistry registry;

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesAnonymousWrongRoleAndOtherClinicAndAuditsIt() {
        long patient = registry.register(Actor.system(account(CLINICIAN).clinicId()), new PatientDetails(
                        uniqueMrn(), "Matrix", "Target", LocalDate.of(1960, 1, 1), SexAtBirth.F, null, null, null))
                .id()
                .value();
        long user = account(LAB).id().value();
        return endpoints().stream().flatMap(e -> Stream.of(
                DynamicTest.dynamicTest(e + " anonymous", () -> anonymousIsRefused(e, patient, user)),
                DynamicTest.dynamicTest(e + " wrong role", () -> wrongRoleIsRefused(e, patient, user)),
                DynamicTest.dynamicTest(e + " other clinic", () -> otherClinicIsRefused(e, patient, user))));
    }

    private void anonymousIsRefused(Endpoint e, long patient, long user) throws Exception {
        long mark = lastAuditId();
        MockHttpServletResponse res = mvc.perform(build(e, patient, user)).andReturn().getResponse();
        if (e.api()) {
            assertThat(res.getStatus()).isEqualTo(401);
            assertThat(res.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        } else {
            assertThat(res.getStatus()).isEqualTo(302);
            assertThat(res.getRedirectedUrl()).endsWith("/login");
        }
        assertDenied(mark, "anonymous", null);
    }

    private void wrongRoleIsRefused(Endpoint e, long patient, long user) throws Exception {
        long mark = lastAuditId();
        MockHttpServletResponse res = mvc.perform(build(e, patient, user).with(as(e.wrongRole())))
                .andReturn().getResponse();
        assertThat(res.getStatus()).isEqualTo(403);
        assertDenied(mark, e.wrongRole(), e.path().contains("{patient}") ? patient : null);
        // A wrong role is refused before any lookup: the answer does not tell whether the record exists.
        long none = Integer.MAX_VALUE;
        Map<String, String> ids = new java.util.HashMap<>();
        ids.put(Long.toString(patient), Long.toString(none));
        ids.put(Long.toString(user), Long.toString(none));
        assertAnswersAsNoRecord(e + " as " + e.wrongRole(), build(e, patient, user).with(as(e.wrongRole())),
                build(e, none, none).with(as(e.wrongRole())), ids);
    }

    private void otherClinicIsRefused(Endpoint e, long patient, long user) throws Exception {
        if (e.otherClinic() == null) {
            return;
        }
        long mark = lastAuditId();
        MockHttpServletResponse res = mvc.perform(build(e, patient, user).with(as(e.otherClinic())))
                .andReturn().getResponse();
        assertThat(res.getStatus()).isEqualTo(404);
        assertThat(res.getContentAsString()).doesNotContain("Matrix").doesNotContain("Target");
        assertDenied(mark, e.otherClinic(), e.path().contains("{patient}") ? patient : null);
        long none = Integer.MAX_VALUE;
        Map<String, String> ids = new java.util.HashMap<>();
        ids.put(Long.toString(patient), Long.toString(none));
        ids.put(Long.toString(user), Long.toString(none));
        assertAnswersAsNoRecord(e.toString(), build(e, patient, user).with(as(e.otherClinic())),
                build(e, none, none).with(as(e.otherClinic())), ids);
    }

    private MockHttpServletRequestBuilder build(Endpoint e, long patient, long user) {
        String path = e.path().replace("{patient}", Long.toString(patient)).replace("{user}", Long.toString(user));
        MockHttpServletRequestBuilder b = request(e.method(), path).with(csrf());
        if (e.body() != null) {
            b = e.api()
                    ? b.contentType(MediaType.APPLICATION_JSON).content(e.body())
                    : b.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(e.body());
        }
        return b;
    }

    private void assertDenied(long mark, String username, Long patient) {
        List<Map<String, Object>> denied = auditAfter(mark).stream()
                .filter(r -> "DENIED".equals(r.get("outcome")))
                .toList();
        assertThat(denied).as("a DENIED audit row").isNotEmpty();
        Map<String, Object> row = denied.get(0);
        assertThat(row.get("username")).isEqualTo(username);
        assertThat(row.get("address")).isNotNull();
        if (patient != null) {
            assertThat(((Number) row.get("patient_id")).longValue()).isEqualTo(patient);
        }
    }
}
