package org.regenpath.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.regenpath.shared.InvalidInput;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses, before any handler runs, query and form parameters that no person sends and no column can hold: the
 * NUL character (U+0000), which PostgreSQL refuses in text (it surfaced as "the change clashes with existing
 * data"), and values longer than {@link #MAX_LENGTH}. The refusal is an {@link InvalidInput} naming each
 * parameter, so pages answer 400 with the field named and the API a ProblemDetail with {@code errors}. Fields
 * shorter than the cap keep their own limits in the module that owns them.
 */
@Configuration
class RequestText implements WebMvcConfigurer, HandlerInterceptor {

    /**
     * The longest text any parameter may carry, in characters: clinic policy, five times the longest text column
     * (2,000 characters) so that a module's own limit, with its own message, is what a person meets first.
     */
    static final int MAX_LENGTH = 10_000;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.indexOf('\u0000') >= 0) {
                errors.putIfAbsent(name.replace('\u0000', '?'), "The parameter name contains a NUL character.");
                return;
            }
            for (String value : values) {
                if (value.indexOf('\u0000') >= 0) {
                    errors.putIfAbsent(name, BindingProblems.NUL_TEXT);
                } else if (value.length() > MAX_LENGTH) {
                    errors.putIfAbsent(name, "At most " + MAX_LENGTH + " characters.");
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return true;
    }
}
