package org.regenpath.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a staff member whose password an admin set until they choose their own: every page leads to "Choose a new
 * password", and the API answers 403 with a problem detail saying why (an API client cannot change it; the person
 * signs in on the web once). Sign-out, the page itself and static assets stay reachable. Placed in both security
 * chains after authorisation, not registered as a servlet filter of its own.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String PAGE = "/account/password";
    private static final List<String> ALWAYS = List.of(PAGE, "/logout", "/error", "/favicon.ico");
    private static final List<String> ASSETS = List.of("/css/", "/js/", "/img/", "/webjars/");

    private final SecurityAudit refusals;

    PasswordChangeGate(SecurityAudit refusals) {
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean held = auth != null && auth.getPrincipal() instanceof StaffPrincipal p && p.mustChangePassword();
        if (!held || ALWAYS.contains(path) || ASSETS.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
        } else if (path.startsWith("/api/")) {
            refusals.problem(request, response, HttpStatus.FORBIDDEN, "password-change-required",
                    "An admin set the password of this account: sign in on the web and choose a new password"
                            + " before using the API.");
        } else {
            response.sendRedirect(request.getContextPath() + PAGE);
        }
    }
}
