package org.regenpath.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.regenpath.shared.Role;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. {@code /api/**} and the FHIR API {@code /fhir/**} answer 401/403 as RFC 9457 ProblemDetail and
 * accept either the browser's session (with its CSRF token) or HTTP Basic credentials from API clients; only a
 * request that HTTP Basic actually authenticated may go without the CSRF token ({@link HeaderAuthentication}). Staff
 * of every role pass to {@code /fhir/**}; the fhir module itself refuses the roles that may not read it, audited,
 * with a FHIR OperationOutcome. Everything else is the web UI with form login at {@code /login}.
 *
 * <p>Who may go where, before any module service checks role and clinic again:
 * <ul>
 *   <li>everyone: sign-in, the invitation link {@code /portal/welcome}, "forgot your password?"
 *       ({@code /password/forgot}, {@code /password/reset}), static assets, health, API docs, and the public
 *       directory ({@code /providers}, its JSON search, {@code robots.txt}, {@code sitemap.xml});
 *   <li>directory editors only: {@code /directory/editor/**} (a platform role; no clinic page is open to them);
 *   <li>patients only: the portal, {@code /portal/**} and {@code /api/portal/**};
 *   <li>staff only: everything else. The start page {@code /} is open to both and sends a patient to the portal.
 * </ul>
 * Every refusal is audited ({@link SecurityAudit}). A staff member whose password an admin set gets no further
 * than choosing a new one ({@link PasswordChangeGate}).
 */
@Configuration
class SecurityConfiguration {

    /** Content-Security-Policy: only our own scripts, styles and images; no framing, no plugins. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final String[] PUBLIC = {"/login", "/portal/welcome", "/password/forgot", "/password/reset",
        "/css/**", "/js/**", "/img/**",
        "/webjars/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
        "/v3/api-docs/**", "/help/**", "/providers", "/providers/**", "/robots.txt", "/sitemap.xml"};
    /** The public directory's search as JSON: anyone may ask (decision 0054). */
    private static final String PUBLIC_API = "/api/directory/providers";
    private static final String EDITOR = Role.DIRECTORY_EDITOR.name();
    private static final String PATIENT = Role.PATIENT.name();
    private static final String[] STAFF = Role.staff().stream().map(Role::name).toArray(String[]::new);

    private final SecurityAudit refusals;
    private final PasswordChangeGate passwordChangeGate;

    SecurityConfiguration(SecurityAudit refusals) {
        this.refusals = refusals;
        this.passwordChangeGate = new PasswordChangeGate(refusals);
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

    /**
     * No observations of the security filter chains, sign-ins or authorisation decisions. Nothing consumes them (no
     * tracing; HTTP request observations stay). With this, Spring Security also leaves out the decorator that
     * otherwise wraps every filter of every request, even when the observations themselves are switched off: 2 to 3% of
     * the request threads' CPU in the submission benchmark (bench/, issue #5).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.securityMatcher("/api/**", "/fhir/**")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, PUBLIC_API).permitAll()
                        .requestMatchers("/api/portal/**").hasRole(PATIENT)
                        .requestMatchers("/api/directory/editor/**").hasRole(EDITOR)
                        .anyRequest().hasAnyRole(STAFF))
                .httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> refusals.problem(req, res,
                        HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in, or send HTTP Basic credentials."))
                        .withObjectPostProcessor(new ObjectPostProcessor<BasicAuthenticationFilter>() {
                            @Override
                            public <O extends BasicAuthenticationFilter> O postProcess(O filter) {
                                filter.setSecurityContextRepository(new HeaderAuthentication());
                                return filter;
                            }
                        }))
                // Spring's CSRF filter runs before authentication, when a header can only be seen, not trusted.
                .csrf(c -> c.disable())
                .addFilterAfter(csrfAfterAuthentication(), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> refusals.problem(
                                req, res, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                "Sign in, or send HTTP Basic credentials."))
                        .accessDeniedHandler(this::denied))
                .addFilterBefore(throttle, BasicAuthenticationFilter.class)
                .addFilterAfter(passwordChangeGate, AuthorizationFilter.class);
        headers(http);
        return http.build();
    }

    /**
     * The API's CSRF check, after HTTP Basic: an unsafe request needs the session's CSRF token unless HTTP Basic
     * authenticated it with valid credentials. Carrying an {@code Authorization} header is not enough (a session
     * cookie beside {@code Bearer junk}, or beside Basic naming the signed-in user with any password, still needs
     * the token). Same token store as the pages, so the token a page holds is valid here.
     */
    private CsrfFilter csrfAfterAuthentication() {
        CsrfFilter csrf = new CsrfFilter(new HttpSessionCsrfTokenRepository());
        csrf.setRequireCsrfProtectionMatcher(request -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
                && !HeaderAuthentication.authenticated(request));
        csrf.setAccessDeniedHandler(this::denied);
        return csrf;
    }

    private void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        if (ex instanceof CsrfException) {
            refusals.problem(request, response, HttpStatus.FORBIDDEN, "csrf",
                    "Missing or invalid CSRF token: send the session's token, or sign in with HTTP Basic.");
        } else {
            refusals.problem(request, response, HttpStatus.FORBIDDEN, "access-denied",
                    "Your role may not use this part of the API.");
        }
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle) throws Exception {
        LoginUrlAuthenticationEntryPoint signInPage = new LoginUrlAuthenticationEntryPoint("/login");
        http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(LandingPage.PORTAL, LandingPage.PORTAL + "/**").hasRole(PATIENT)
                        .requestMatchers("/").authenticated()
                        .requestMatchers("/directory/editor", "/directory/editor/**").hasRole(EDITOR)
                        .anyRequest().hasAnyRole(STAFF))
                .formLogin(f -> f.loginPage("/login").failureUrl("/login?error").successHandler(new LandingPage()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID")
                        .addLogoutHandler((req, res, auth) -> refusals.logout(auth, req)))
                .sessionManagement(s -> s.invalidSessionUrl("/login?expired"))
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> {
                            refusals.refusal(req);
                            signInPage.commence(req, res, ex);
                        })
                        .accessDeniedHandler((req, res, ex) -> {
                            refusals.refusal(req);
                            res.sendError(HttpStatus.FORBIDDEN.value());
                        }))
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(passwordChangeGate, AuthorizationFilter.class);
        headers(http);
        return http.build();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny()));
    }
}
