package org.regenpath.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds a request's handler method by its path first. Spring MVC looks a path up directly only when it has no
 * variables; any other request, such as every call of the patient API ({@code /api/patients/{id}/...}), is matched
 * against each of the application's 120-odd handler methods in turn, and each match tests the HTTP method, the
 * parameters, headers, content types and API version before the path (spring-framework issues 24901 and 34461).
 * Those tests read the request through Spring Security's wrappers and firewall, and took a fifth of the request
 * threads' CPU in the submission benchmark (bench/, issue #5). Testing the path first rules out nearly every
 * mapping at once. A mapping matches only if all of its conditions match, so the result is the same.
 */
@Configuration
class HandlerLookup implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new PathFirstMapping();
    }

    /** The standard mapping, but a handler whose path patterns do not match the request is passed over at once. */
    static final class PathFirstMapping extends RequestMappingHandlerMapping {

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            PathPatternsRequestCondition paths = info.getPathPatternsCondition();
            if (paths != null && paths.getMatchingCondition(request) == null) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }
    }
}
