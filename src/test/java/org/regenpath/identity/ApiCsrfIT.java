package org.regenpath.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;


import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * CSRF on the JSON API: a request signed in by its session cookie needs the session's CSRF token whatever
 * {@code Authorization} header it also carries; only a request that HTTP Basic authenticated with valid credentials
 * goes without. Checked for every unsafe method of every {@code /api} handler, not one endpoint.
 */
class ApiCsrfIT extends WebIT {

    private static final Set<RequestMethod> UNSAFE = Set.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    /** An unsafe method on an API path. */
    record Endpoint(HttpMethod method, String path) {

        MockHttpServletRequestBuilder request() {
            return MockMvcRequestBuilders.request(method, path).contentType(MediaType.APPLICATION_JSON).content("{}");
        }
    }

    /** Every unsafe method and path of the API, path variables filled with 1. */
    private List<Endpoint> unsafeApiEndpoints() {
        List<Endpoint> out = new ArrayList<>();
        handlers.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods().stream().filter(UNSAFE::contains)
                        .forEach(m -> out.add(new Endpoint(HttpMethod.valueOf(m.name()),
                                pattern.replaceAll("\\{[^}]*}", "1"))))));
        assertThat(out).as("unsafe API handlers found").hasSizeGreaterThan(10);
        return out;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, RequestPostProcessor... with)
            throws Exception {
        for (RequestPostProcessor p : with) {
            request.with(p);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static boolean csrfRefusal(MockHttpServletResponse response) throws Exception {
        return response.getStatus() == 403 && response.getContentAsString().contains("\"type\":\"/problems/csrf\"");
    }

    @Test
    void aSessionNeedsItsCsrfTokenOnEveryUnsafeApiRequestWhateverAuthorizationHeaderItCarries() throws Exception {
        // None, a bearer token nobody checks, Basic naming the signed-in user with a wrong password (the Basic
        // filter leaves the session's sign-in in place and checks nothing).
        List<String> headers = List.of("", "Bearer junk", basic(CLINICIAN, "not-the-password"));
        for (Endpoint endpoint : unsafeApiEndpoints()) {
            for (String header : headers) {
                MockHttpServletRequestBuilder request = endpoint.request();
                if (!header.isEmpty()) {
                    request.header("Authorization", header);
                }
                MockHttpServletResponse response = perform(request, as(CLINICIAN));
                assertThat(csrfRefusal(response)).as(endpoint + " with '" + header + "': "
                        + response.getStatus() + " " + response.getContentAsString()).isTrue();
            }
        }
    }

    @Test
    void validBasicCredentialsOrTheSessionsTokenPassTheCsrfCheckOnEveryUnsafeApiRequest() throws Exception {
        for (Endpoint endpoint : unsafeApiEndpoints()) {
            assertThat(csrfRefusal(perform(endpoint.request(), httpBasic(CLINICIAN, DEMO_PASSWORD))))
                    .as(endpoint + " with valid Basic").isFalse();
            assertThat(csrfRefusal(perform(endpoint.request(), as(CLINICIAN), csrf())))
                    .as(endpoint + " with the session's token").isFalse();
        }
    }

    @Test
    void aBearerHeaderBesideTheSessionWritesNothingWithoutTheToken() throws Exception {
        String mrn = uniqueMrn();
        String body = """
                {"mrn": "%s", "givenName": "Csrf", "familyName": "Probe", "dateOfBirth": "1970-01-01",
                 "sexAtBirth": "F"}""".formatted(mrn);
        MockHttpServletResponse refused = perform(post("/api/patients").header("Authorization", "Bearer junk")
                .contentType(MediaType.APPLICATION_JSON).content(body), as(CLINICIAN));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("CSRF token");
        assertThat(patients(mrn)).isZero();

        MockHttpServletResponse withToken = perform(post("/api/patients").header("Authorization", "Bearer junk")
                .contentType(MediaType.APPLICATION_JSON).content(body), as(CLINICIAN), csrf());
        assertThat(withToken.getStatus()).isEqualTo(201);
        assertThat(patients(mrn)).isOne();

        String other = uniqueMrn();
        MockHttpServletResponse basicOnly = perform(post("/api/patients").contentType(MediaType.APPLICATION_JSON)
                .content(body.replace(mrn, other)), httpBasic(CLINICIAN, DEMO_PASSWORD));
        assertThat(basicOnly.getStatus()).isEqualTo(201);
        assertThat(patients(other)).isOne();
    }

    @Test
    void wrongBasicCredentialsBesideASessionAreRefusedAndWriteNothing() throws Exception {
        String mrn = uniqueMrn();
        MockHttpServletResponse refused = perform(post("/api/patients")
                .header("Authorization", basic(COORDINATOR, "not-the-password"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"mrn": "%s", "givenName": "Csrf", "familyName": "Probe", "dateOfBirth": "1970-01-01",
                         "sexAtBirth": "F"}""".formatted(mrn)), as(CLINICIAN));
        assertThat(refused.getStatus()).isIn(401, 403);
        assertThat(patients(mrn)).isZero();
    }

    private long patients(String mrn) {
        return jdbc.sql("select count(*) from patient where mrn = :m").param("m", mrn).query(Long.class).single();
    }
}
