package org.regenpath.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles sign-in attempts per remote address (OWASP ASVS 2.2.1 anti-automation). Only failed attempts use
 * up the address's allowance, so a busy front desk behind one address is not locked out by its own successes.
 * Not registered as a servlet filter on its own; the security chains place it before authentication.
 */
@Component
class LoginThrottle extends OncePerRequestFilter {

    private final Buckets buckets;

    LoginThrottle(IdentityProperties properties) {
        this.buckets = new Buckets(properties.failedLoginsPerMinute(), Duration.ofMinutes(1));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean formLogin = "POST".equals(request.getMethod()) && "/login".equals(path);
        return !formLogin && request.getHeader("Authorization") == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!buckets.of(request.getRemoteAddr()).estimateAbilityToConsume(1).canBeConsumed()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", "60");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"/problems/too-many-sign-in-attempts\",\"title\":"
                    + "\"Too Many Requests\",\"status\":429,\"detail\":\"Too many failed sign-in attempts from this"
                    + " address. Wait a minute and try again.\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Uses up one failed attempt of the address's allowance. */
    void failedFrom(String address) {
        if (address != null) {
            buckets.of(address).tryConsume(1);
        }
    }
}
