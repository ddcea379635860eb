package org.regenpath.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.shared.Actor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. {@code /api/**} answers 401/403 as RFC 9457 ProblemDetail and accepts either the browser's
 * session (with its CSRF token) or HTTP Basic credentials from API clients (no cookie, so no CSRF token is
 * needed). Everything else is the web UI with form login at {@code /login}.
 */
@Configuration
class SecurityConfiguration {

    /** Content-Security-Policy: only our own scripts, styles and images; no framing, no plugins. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final AuditTrail audit;

    SecurityConfiguration(AuditTrail audit) {
        this.audit = audit;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        String id = "argon2";
        return new DelegatingPasswordEncoder(
                id, Map.of(id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    /** The throttle runs inside the security chains only, not a second time as a plain servlet filter. */
    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottleOutsideSecurity(LoginThrottle throttle) {
        FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(throttle);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> problem(req, res, HttpStatus.UNAUTHORIZED,
                        "unauthenticated", "Sign in, or send HTTP Basic credentials.")))
                .csrf(c -> c.ignoringRequestMatchers(r -> r.getHeader("Authorization") != null))
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> problem(
                                req, res, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                "Sign in, or send HTTP Basic credentials."))
                        .accessDeniedHandler((req, res, ex) -> problem(req, res, HttpStatus.FORBIDDEN, "access-denied",
                                "Missing or invalid CSRF token, or not allowed.")))
                .addFilterBefore(throttle, BasicAuthenticationFilter.class);
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle) throws Exception {
        LoginUrlAuthenticationEntryPoint signInPage = new LoginUrlAuthenticationEntryPoint("/login");
        http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login").failureUrl("/login?error").defaultSuccessUrl("/", false))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID")
                        .addLogoutHandler((req, res, auth) -> recordLogout(auth, req)))
                .sessionManagement(s -> s.invalidSessionUrl("/login?expired"))
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> {
                            recordRefusal(req);
                            signInPage.commence(req, res, ex);
                        })
                        .accessDeniedHandler((req, res, ex) -> {
                            recordRefusal(req);
                            res.sendError(HttpStatus.FORBIDDEN.value());
                        }))
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class);
        headers(http);
        return http.build();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny()));
    }

    private void problem(
            HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res, HttpStatus status, String type,
            String detail) throws java.io.IOException {
        recordRefusal(req);
        res.setStatus(status.value());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.getWriter().write("{\"type\":\"/problems/" + type + "\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\",\"instance\":\""
                + req.getRequestURI().replace("\"", "") + "\"}");
    }

    private void recordRefusal(HttpServletRequest req) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Actor who = auth != null && auth.getPrincipal() instanceof StaffPrincipal p
                ? new Actor(p.id(), p.getUsername(), p.role(), p.clinicId(), req.getRemoteAddr())
                : new Actor(null, "anonymous", null, null, req.getRemoteAddr());
        audit.denied(who, AuditAction.ACCESS, null, "Request", req.getMethod() + " " + req.getRequestURI(),
                auth == null || !(auth.getPrincipal() instanceof StaffPrincipal) ? "not signed in" : "forbidden");
    }

    private void recordLogout(Authentication auth, HttpServletRequest req) {
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal p) {
            audit.signIn(p.getUsername(),
                    new Actor(p.id(), p.getUsername(), p.role(), p.clinicId(), req.getRemoteAddr()),
                    AuditAction.LOGOUT, true, "signed out", req.getRemoteAddr());
        }
    }
}
