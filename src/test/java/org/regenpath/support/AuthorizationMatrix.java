package org.regenpath.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;
import org.regenpath.identity.PatientAccounts;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PortalInvitations;
import org.regenpath.shared.PatientId;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The authorization checks every endpoint must pass, as JUnit dynamic tests over a table of {@link Endpoint} rows.
 * For each row:
 * <ul>
 * <li>an anonymous caller is sent to sign in (a page: 302 to the sign-in page) or answered 401 as a problem (the
 * API);</li>
 * <li>each staff user the row does not allow is answered 403, and a signed-in patient too, even for their own
 * record (unless the row is for the {@link Endpoint#PATIENT patient}: then another patient stands for another
 * clinic);</li>
 * <li>where the url names a record, a user of another clinic is answered 404, and that answer is byte for byte the
 * answer for a record that does not exist; a forbidden role's answer too is the same for a record and none;</li>
 * <li>each refusal leaves a DENIED audit row naming the caller, their address and, where the url names a patient's
 * record, the patient; and writes nothing the target counts;</li>
 * <li>each allowed user is served (a read 200, an API write 2xx, a form post 2xx or a redirect that is not to the
 * sign-in or an error page) and leaves a SUCCESS audit row, naming the patient where the url names their record.</li>
 * </ul>
 * Refusals share one target per {@link Endpoint#given() state}, as they write nothing (each test asserts it);
 * each served request gets a fresh one.
 */
public final class AuthorizationMatrix {

    /** The five staff users of the first demo clinic, one per role. */
    public static final List<String> DEMO_STAFF = List.of(WebIT.CLINICIAN, WebIT.COORDINATOR, WebIT.LAB,
            WebIT.RESEARCHER, WebIT.ADMIN);

    private final WebIT test;
    private final List<Endpoint> rows;
    private final Function<Endpoint, Target> fixture;
    private final UnaryOperator<String> staff;
    private final Map<String, Target> shared = new HashMap<>();
    private PortalFixtures.PortalPatient portalPatient;

    private AuthorizationMatrix(WebIT test, List<Endpoint> rows, Function<Endpoint, Target> fixture,
            UnaryOperator<String> staff) {
        this.test = test;
        this.rows = rows;
        this.fixture = fixture;
        this.staff = staff;
    }

    /**
     * The checks for each row, on targets the fixture makes for the demo clinic's staff.
     *
     * @param fixture makes fresh records for a row (of the state it is {@link Endpoint#given() given})
     */
    public static Stream<DynamicNode> tests(WebIT test, List<Endpoint> rows, Function<Endpoint, Target> fixture) {
        return tests(test, rows, fixture, UnaryOperator.identity());
    }

    /**
     * The checks for each row, for a clinic whose staff are not the demo clinic's.
     *
     * @param staff for each demo user the rows name, the user of this clinic with the same role
     */
    public static Stream<DynamicNode> tests(WebIT test, List<Endpoint> rows, Function<Endpoint, Target> fixture,
            UnaryOperator<String> staff) {
        return new AuthorizationMatrix(test, rows, fixture, staff).all();
    }

    private Stream<DynamicNode> all() {
        return Stream.of(
                DynamicContainer.dynamicContainer("anonymous callers must sign in",
                        rows.stream().map(e -> test(e.toString(), () -> anonymous(e)))),
                DynamicContainer.dynamicContainer("roles the endpoint is closed to are forbidden",
                        rows.stream().flatMap(e -> forbidden(e).stream()
                                .map(user -> test(user + " " + e, () -> wrongRole(e, user))))),
                DynamicContainer.dynamicContainer("a signed-in patient is forbidden",
                        rows.stream().filter(e -> !forPatients(e)).map(e -> test(e.toString(), () -> patient(e)))),
                DynamicContainer.dynamicContainer("another clinic's record answers as none",
                        rows.stream().filter(e -> shared(e).namesARecord(e))
                                .map(e -> test(other(e) + " " + e, () -> otherClinic(e)))),
                DynamicContainer.dynamicContainer("allowed users are served and audited",
                        rows.stream().filter(e -> !e.has(Endpoint.Option.SERVED_ELSEWHERE))
                                .flatMap(e -> e.allowed().stream().map(this::user)
                                        .map(user -> test(user + " " + e, () -> served(e, user))))));
    }

    private static DynamicTest test(String name, Executable check) {
        return DynamicTest.dynamicTest(name, check);
    }

    private static boolean forPatients(Endpoint e) {
        return e.allowed().contains(Endpoint.PATIENT);
    }

    private String user(String demoUser) {
        return Endpoint.PATIENT.equals(demoUser) ? demoUser : staff.apply(demoUser);
    }

    /** Who asks for the records of another clinic (or, on the portal, of another patient). */
    private static String other(Endpoint e) {
        return forPatients(e) ? "another patient" : e.otherClinic();
    }

    private List<String> forbidden(Endpoint e) {
        return DEMO_STAFF.stream().filter(user -> !e.allowed().contains(user)).map(staff).toList();
    }

    private Target shared(Endpoint e) {
        return shared.computeIfAbsent(String.valueOf(e.given()), k -> fixture.apply(e));
    }

    private void anonymous(Endpoint e) throws Exception {
        Target t = shared(e);
        long before = t.written();
        long mark = test.lastAuditId();
        MockHttpServletResponse res = test.mvc.perform(build(e, t, false, Map.of())).andReturn().getResponse();
        if (e.api()) {
            assertThat(res.getStatus()).as(e.toString()).isEqualTo(401);
            assertThat(res.getContentType()).as(e.toString()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        } else {
            assertThat(res.getStatus()).as(e.toString()).isEqualTo(302);
            assertThat(res.getRedirectedUrl()).as(e.toString()).endsWith("/login");
        }
        denied(e, mark, "anonymous", null);
        assertThat(t.written()).as("nothing written by " + e).isEqualTo(before);
    }

    private void wrongRole(Endpoint e, String user) throws Exception {
        Target t = shared(e);
        // Staff are refused the portal by its address, before any record is looked up.
        boolean namesPatient = t.patientData(e) && !e.has(Endpoint.Option.ROLE_REFUSED_BEFORE_LOOKUP)
                && !forPatients(e);
        refused(e, t, test.as(user), 403, user, namesPatient ? t.patient() : null);
        if (t.namesARecord(e) && !e.has(Endpoint.Option.FORBIDDEN_ROLES_MAY_READ)) {
            // A wrong role is refused before any lookup: the answer does not tell whether the record exists.
            test.assertAnswersAsNoRecord(user + " " + e, build(e, t, false, Map.of()).with(test.as(user)),
                    build(e, t, true, Map.of()).with(test.as(user)), t.asked());
        }
    }

    private void patient(Endpoint e) throws Exception {
        Target t = shared(e);
        PortalFixtures.PortalPatient me = portalPatient();
        // The patient asks for their own record: the staff pages and API are closed to them even so.
        Map<String, String> own = Map.of("p", String.valueOf(me.id().value()));
        long before = t.written();
        long mark = test.lastAuditId();
        MockHttpServletResponse res = test.mvc.perform(build(e, t, false, own).with(test.asPatient(me.id())))
                .andReturn().getResponse();
        assertThat(res.getStatus()).as(e.toString()).isEqualTo(403);
        Map<String, Object> row = denied(e, mark, me.email(), null);
        assertThat(row.get("role")).as(e.toString()).isEqualTo("PATIENT");
        assertThat(t.written()).as("nothing written by " + e).isEqualTo(before);
    }

    private void otherClinic(Endpoint e) throws Exception {
        Target t = shared(e);
        RequestPostProcessor other;
        if (forPatients(e)) {
            PortalFixtures.PortalPatient someoneElse = portalPatient();
            other = test.asPatient(someoneElse.id());
            refused(e, t, other, 404, someoneElse.email(), null);
        } else {
            other = test.as(e.otherClinic());
            refused(e, t, other, 404, e.otherClinic(), t.patientData(e) ? t.patient() : null);
        }
        test.assertAnswersAsNoRecord(other(e) + " " + e, build(e, t, false, Map.of()).with(other),
                build(e, t, true, Map.of()).with(other), t.asked());
    }

    private void served(Endpoint e, String user) throws Exception {
        Target t = fixture.apply(e);
        long mark = test.lastAuditId();
        RequestPostProcessor who = Endpoint.PATIENT.equals(user) ? test.asPatient(t.patient()) : test.as(user);
        MockHttpServletResponse res = test.mvc.perform(build(e, t, false, Map.of()).with(who)).andReturn()
                .getResponse();
        String label = user + " " + e;
        if (e.method() == HttpMethod.GET) {
            assertThat(res.getStatus()).as(label).isEqualTo(200);
        } else if (e.api()) {
            assertThat(res.getStatus()).as(label).isBetween(200, 299);
        } else {
            assertThat(res.getStatus()).as(label).isBetween(200, 399);
            assertThat(res.getHeader("Location")).as(label).satisfiesAnyOf(
                    l -> assertThat(l).isNull(), l -> assertThat(l).doesNotContain("error", "login"));
        }
        if (e.shows() != null) {
            assertThat(res.getContentAsString()).as(label).contains(t.fill(e.shows(), false, Map.of()));
        }
        if (e.has(Endpoint.Option.UNAUDITED)) {
            return;
        }
        boolean namesPatient = t.patientData(e) || (e.shows() != null || forPatients(e)) && t.patient() != null;
        assertThat(test.auditAfter(mark)).as("SUCCESS audit row for " + label).anySatisfy(r -> {
            assertThat(r.get("outcome")).isEqualTo("SUCCESS");
            if (e.audits() != null) {
                assertThat(r.get("resource_type")).isEqualTo(e.audits());
            }
            if (namesPatient) {
                assertThat(r.get("patient_id")).isNotNull();
                assertThat(((Number) r.get("patient_id")).longValue()).isEqualTo(t.patient().value());
            }
        });
    }

    private void refused(Endpoint e, Target t, RequestPostProcessor user, int status, String username,
            PatientId patient) throws Exception {
        long before = t.written();
        long mark = test.lastAuditId();
        MockHttpServletResponse res = test.mvc.perform(build(e, t, false, Map.of()).with(user)).andReturn()
                .getResponse();
        assertThat(res.getStatus()).as(username + " " + e).isEqualTo(status);
        denied(e, mark, username, patient);
        assertThat(t.written()).as("nothing written by " + username + " " + e).isEqualTo(before);
    }

    /** The request's DENIED audit row: it names the caller, their address and, when given, the patient. */
    private Map<String, Object> denied(Endpoint e, long mark, String username, PatientId patient) {
        List<Map<String, Object>> denied = test.auditAfter(mark).stream()
                .filter(r -> "DENIED".equals(r.get("outcome"))).toList();
        assertThat(denied).as("a DENIED audit row for " + username + " " + e).isNotEmpty();
        assertThat(denied).as("the DENIED row names " + username + " " + e).anySatisfy(r -> {
            assertThat(r.get("username")).isEqualTo(username);
            assertThat(r.get("address")).isNotNull();
        });
        if (patient != null) {
            assertThat(denied).as("the DENIED row names the patient, " + e).anySatisfy(r -> {
                assertThat(r.get("patient_id")).isNotNull();
                assertThat(((Number) r.get("patient_id")).longValue()).isEqualTo(patient.value());
            });
        }
        return denied.stream().filter(r -> username.equals(r.get("username"))).findFirst().orElseThrow();
    }

    private PortalFixtures.PortalPatient portalPatient() {
        if (portalPatient == null) {
            var beans = test.applicationContext;
            portalPatient = PortalFixtures.activePatient(beans.getBean(PatientRegistry.class),
                    beans.getBean(PortalInvitations.class), beans.getBean(PatientAccounts.class),
                    test.actor(WebIT.COORDINATOR), "Matrix");
        }
        return portalPatient;
    }

    private MockHttpServletRequestBuilder build(Endpoint e, Target t, boolean none, Map<String, String> override) {
        MockHttpServletRequestBuilder b = request(e.method(), t.fill(e.url(), none, override)).with(csrf());
        String body = t.fill(e.body(), none, override);
        if (body != null && e.api()) {
            b.contentType(MediaType.APPLICATION_JSON).content(body);
        } else if (body != null) {
            for (String[] field : form(body)) {
                b.param(field[0], field[1]);
            }
        }
        return b;
    }

    /** Form fields from {@code name=value&...}; a name may repeat. */
    private static List<String[]> form(String body) {
        List<String[]> fields = new ArrayList<>();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                fields.add(new String[] {URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)});
            }
        }
        return fields;
    }
}
