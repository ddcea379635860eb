package org.regenpath.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPatternParser;

/** The path-first handler lookup finds what the standard lookup finds, and passes other paths over at once. */
class HandlerLookupTests {

    static final String SUBMIT = "/api/patients/{patientId}/follow-up/tasks/{taskId}/response";

    final HandlerLookup.PathFirstMapping mapping = new HandlerLookup.PathFirstMapping();

    RequestMappingInfo info(String path, RequestMethod method) {
        RequestMappingInfo.BuilderConfiguration config = new RequestMappingInfo.BuilderConfiguration();
        config.setPatternParser(PathPatternParser.defaultInstance);
        return RequestMappingInfo.paths(path).methods(method).options(config).build();
    }

    static HttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    @Test
    void matchesWhatTheStandardLookupMatches() {
        RequestMappingInfo submit = info(SUBMIT, RequestMethod.POST);
        HttpServletRequest request = request("POST", "/api/patients/7/follow-up/tasks/42/response");

        RequestMappingInfo match = mapping.getMatchingMapping(submit, request);

        assertThat(match).isNotNull().isEqualTo(submit.getMatchingCondition(request));
        assertThat(match.getPathPatternsCondition().getPatternValues()).containsExactly(SUBMIT);
    }

    @Test
    void refusesAMatchingPathWithAnotherMethod() {
        RequestMappingInfo submit = info(SUBMIT, RequestMethod.POST);
        HttpServletRequest request = request("GET", "/api/patients/7/follow-up/tasks/42/response");

        assertThat(mapping.getMatchingMapping(submit, request)).isNull();
        assertThat(submit.getMatchingCondition(request)).isNull();
    }

    @Test
    void passesOverAnotherPathWithoutTestingItsOtherConditions() {
        RequestMappingInfo draft = info("/api/patients/{patientId}/follow-up/tasks/{taskId}/draft", RequestMethod.POST);
        CountingRequest request = new CountingRequest("POST", "/api/patients/7/follow-up/tasks/42/response");

        assertThat(mapping.getMatchingMapping(draft, request)).isNull();
        assertThat(request.methodReads).isZero();
        assertThat(draft.getMatchingCondition(request)).isNull();
        assertThat(request.methodReads).isPositive();
    }

    /** A request that counts how often its HTTP method was read: the standard lookup tests it before the path. */
    static final class CountingRequest extends MockHttpServletRequest {

        int methodReads;

        CountingRequest(String method, String path) {
            super(method, path);
            ServletRequestPathUtils.parseAndCache(this);
        }

        @Override
        public String getMethod() {
            methodReads++;
            return super.getMethod();
        }
    }
}
