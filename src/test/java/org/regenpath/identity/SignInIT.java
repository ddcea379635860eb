package org.regenpath.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.Role;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Form login, Argon2, lockout, throttling, CSRF, cookies and security headers, end to end. */
class SignInIT extends WebIT {

    @Autowired
    private UserAccounts accounts;

    private String freshAccount(String password) {
        String email = "signin-" + UUID.randomUUID().toString().substring(0, 8) + "@demo-clinic.example";
        accounts.createAsSystem(account(ADMIN).clinicId(),
                new NewAccount(email, "Sign-in Test", Role.COORDINATOR, password));
        return email;
    }

    private static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    @Test
    void signsInWithTheRightPasswordStoredAsArgon2() throws Exception {
        String email = freshAccount("correct-horse-battery");
        assertThat(jdbc.sql("select password_hash from identity_user where email = :e").param("e", email)
                .query(String.class).single()).startsWith("{argon2}$argon2id$");
        mvc.perform(post("/login").param("username", email).param("password", "correct-horse-battery")
                        .with(csrf()).with(from("10.1.0.1")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").param("username", email).param("password", "wrong-password-here")
                        .with(csrf()).with(from("10.1.0.1")))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void demoUsersOfBothClinicsSignInWithTheOneDemoPassword() throws Exception {
        // DemoAccounts hashes the demo password once for every demo user of every demo clinic (start-up time).
        for (String email : new String[] {ADMIN, OTHER_ADMIN, OTHER_CLINICIAN}) {
            assertThat(jdbc.sql("select password_hash from identity_user where email = :e").param("e", email)
                    .query(String.class).single()).startsWith("{argon2}$argon2id$");
            mvc.perform(post("/login").param("username", email).param("password", DEMO_PASSWORD)
                            .with(csrf()).with(from("10.4.0.1")))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void refusesALoginPostWithoutTheCsrfToken() throws Exception {
        String email = freshAccount("correct-horse-battery");
        MockHttpSession session = (MockHttpSession) mvc.perform(get("/login")).andReturn().getRequest().getSession();
        mvc.perform(post("/login").session(session).param("username", email)
                        .param("password", "correct-horse-battery").with(from("10.1.0.2")))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
        // Without a session there is no token to compare: the post is treated as an expired session (the
        // invalid-session redirect), and still nobody is signed in.
        mvc.perform(post("/login").param("username", email).param("password", "correct-horse-battery")
                        .with(from("10.1.0.3")))
                .andExpect(redirectedUrl("/login?expired"))
                .andExpect(unauthenticated());
    }

    @Test
    void locksTheAccountAfterFiveFailuresEvenForTheRightPasswordAndAuditsThem() throws Exception {
        String email = freshAccount("correct-horse-battery");
        long mark = lastAuditId();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", email).param("password", "wrong-" + i + "-password")
                            .with(csrf()).with(from("10.2.0." + i)))
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(jdbc.sql("select locked_until from identity_user where email = :e").param("e", email)
                .query(java.time.OffsetDateTime.class).single()).isAfter(java.time.OffsetDateTime.now());
        mvc.perform(post("/login").param("username", email).param("password", "correct-horse-battery")
                        .with(csrf()).with(from("10.2.0.9")))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(auditAfter(mark)).filteredOn(r -> email.equals(r.get("username")))
                .extracting(r -> r.get("action"))
                .hasSize(6)
                .containsOnly("LOGIN_FAILED");
    }

    @Test
    void throttlesAnAddressAfterTenFailedAttemptsInAMinute() throws Exception {
        String address = "10.3.0.1";
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/login").param("username", "nobody" + i + "@nowhere.example")
                            .param("password", "whatever-password").with(csrf()).with(from(address)))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", "nobody@nowhere.example").param("password", "x")
                        .with(csrf()).with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"));
        mvc.perform(get("/api/patients").with(httpBasic(CLINICIAN, DEMO_PASSWORD)).with(from(address)))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/patients").with(httpBasic(CLINICIAN, DEMO_PASSWORD)).with(from("10.3.0.2")))
                .andExpect(status().isOk());
    }

    @Test
    void sendsSecurityHeaders() throws Exception {
        var response = mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andReturn()
                .getResponse();
        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
    }

    @Test
    void healthAnswersWithoutSignIn() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
