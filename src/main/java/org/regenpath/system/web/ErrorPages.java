package org.regenpath.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages for errors that never reached a controller: a refusal by the security filters (403), a path nothing
 * answers (404), a method a page does not take (405). They use the same page as {@link PageErrors}, with a
 * heading and message per status. {@code /error} asked for directly is no page (404), not a failure (500).
 */
@Configuration
class ErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Map<String, Object> page = new HashMap<>(model);
        page.put("status", status.value());
        page.put("title", title(status));
        page.put("message", message(status));
        page.put("fieldErrors", Map.of());
        return new ModelAndView("system/problem", page, status);
    }

    static String title(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Not found";
            case FORBIDDEN -> "Not allowed";
            case METHOD_NOT_ALLOWED -> "Not possible";
            default -> status.is4xxClientError() ? "Not saved" : "Something went wrong";
        };
    }

    static String message(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is no such page.";
            case FORBIDDEN -> "Your role does not allow this. The attempt has been recorded.";
            case METHOD_NOT_ALLOWED -> "This page cannot be used that way.";
            default -> status.is4xxClientError() ? "The request could not be read, and nothing was saved."
                    : "The request could not be completed and nothing was saved.";
        };
    }

    /** {@code /error} requested by a client rather than forwarded to by the container after a failure. */
    @Bean
    OncePerRequestFilter directErrorRequests() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"/error".equals(request.getRequestURI().substring(request.getContextPath().length()))
                        || request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws IOException {
                response.sendError(HttpStatus.NOT_FOUND.value());
            }
        };
    }
}
