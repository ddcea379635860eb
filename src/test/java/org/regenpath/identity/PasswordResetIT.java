package org.regenpath.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PortalInvitations;
import org.regenpath.shared.Role;
import org.regenpath.support.PortalFixtures;
import org.regenpath.support.TestMail;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * "Forgot your password?" end to end through MockMvc and the GreenMail SMTP server: an account gets a link that
 * works once, an unknown address gets no mail but the same answer, an expired link is refused on a clock moved
 * forward, the token is stored only as its hash, and asking is rate limited. Each test asks from an address of its
 * own, so the per-address limit of one test does not reach another.
 */
class PasswordResetIT extends WebIT {

    private static final MovableClock CLOCK = new MovableClock();

    /** The application's clock for this class: real time plus an offset a test may move forward. */
    static final class MovableClock extends Clock {
        private volatile Duration ahead = Duration.ZERO;

        void forward(Duration d) {
            ahead = ahead.plus(d);
        }

        void reset() {
            ahead = Duration.ZERO;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @TestConfiguration
    static class MovableClockConfiguration {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @Autowired
    UserAccounts users;

    @Autowired
    PatientRegistry registry;

    @Autowired
    PortalInvitations invitations;

    @Autowired
    PatientAccounts patientAccounts;

    @AfterEach
    void realTime() {
        CLOCK.reset();
    }

    private static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    private static String fresh(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8) + "@demo-clinic.example";
    }

    private String staffAccount(String password) {
        String email = fresh("reset");
        users.createAsSystem(account(CLINICIAN).clinicId(), new NewAccount(email, "Reset Person", Role.CLINICIAN,
                password));
        return email;
    }

    private MockHttpServletResponse ask(String email, String address) throws Exception {
        return mvc.perform(post("/password/forgot").with(csrf()).with(from(address)).param("email", email))
                .andReturn().getResponse();
    }

    private String signIn(String email, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", email)
                .param("password", password)).andReturn().getResponse().getRedirectedUrl();
    }

    private MockHttpServletResponse open(String link) throws Exception {
        return mvc.perform(get(TestMail.pathAndQuery(link))).andReturn().getResponse();
    }

    private MockHttpServletResponse setPassword(String link, String password) throws Exception {
        String token = link.substring(link.indexOf("token=") + 6);
        return mvc.perform(post("/password/reset").with(csrf()).param("token", token).param("password", password)
                .param("confirmation", password)).andReturn().getResponse();
    }

    private List<Map<String, Object>> requestsAudited(String email) {
        return jdbc.sql("select * from audit_event where username = :u and resource_type = 'PasswordReset'"
                        + " and action = 'CREATE'").param("u", email).query().listOfRows();
    }

    @Test
    void aStaffAccountGetsALinkThatSetsThePasswordOnce() throws Exception {
        String email = staffAccount("old-password-long-1");
        MockHttpServletResponse asked = ask(email, "10.7.0.1");
        assertThat(asked.getRedirectedUrl()).isEqualTo("/password/forgot?sent");
        MimeMessage mail = TestMail.awaitMessage(email, 1);
        assertThat(TestMail.subject(mail)).isEqualTo("Reset your Regenpath password");
        assertThat(TestMail.text(mail)).contains("for 30 minutes");
        String link = TestMail.link(mail);
        assertThat(link).contains("/password/reset?token=");

        MockHttpServletResponse form = open(link);
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(form.getContentAsString()).contains("Choose a new password").contains(email);

        assertThat(setPassword(link, "short").getStatus()).isEqualTo(400);
        assertThat(setPassword(link, "new-password-long-1").getRedirectedUrl()).isEqualTo("/login?reset");
        assertThat(signIn(email, "old-password-long-1", "10.7.0.2")).isEqualTo("/login?error");
        assertThat(signIn(email, "new-password-long-1", "10.7.0.2")).isEqualTo("/");

        MockHttpServletResponse again = open(link);
        assertThat(again.getStatus()).isEqualTo(410);
        assertThat(again.getContentAsString()).contains("already been used").contains("/password/forgot");
        assertThat(setPassword(link, "third-password-long-1").getStatus()).isEqualTo(410);
        assertThat(signIn(email, "new-password-long-1", "10.7.0.2")).isEqualTo("/");
        assertThat(jdbc.sql("select detail from audit_event where resource_type = 'PasswordReset'"
                        + " and action = 'UPDATE' and username = :u").param("u", email).query(String.class).list())
                .singleElement().asString().contains("password set through an e-mail link");
    }

    @Test
    void anUnknownAddressGetsNoMailButTheSameAnswerAndTheSameAuditRow() throws Exception {
        String unknown = fresh("nobody");
        String known = staffAccount("known-password-long-1");
        MockHttpServletResponse forUnknown = ask(unknown, "10.7.1.1");
        MockHttpServletResponse forKnown = ask(known, "10.7.1.1");
        assertThat(forUnknown.getStatus()).isEqualTo(forKnown.getStatus()).isEqualTo(302);
        assertThat(forUnknown.getRedirectedUrl()).isEqualTo(forKnown.getRedirectedUrl());
        assertThat(forUnknown.getContentAsString()).isEqualTo(forKnown.getContentAsString());

        TestMail.awaitMessage(known, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> requestsAudited(unknown).size() == 1
                && requestsAudited(known).size() == 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> TestMail.to(unknown).isEmpty());
        Map<String, Object> a = requestsAudited(unknown).get(0);
        Map<String, Object> b = requestsAudited(known).get(0);
        for (String column : List.of("user_id", "role", "clinic_id", "patient_id", "resource_id", "outcome",
                "detail", "address")) {
            assertThat(a.get(column)).as(column).isEqualTo(b.get(column));
        }
        assertThat(b.get("clinic_id")).isNull();

        String page = mvc.perform(get("/password/forgot").param("sent", "")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("If an account exists for that address, we have sent a link");
    }

    @Test
    void theTokenIsStoredOnlyAsItsHashAndANewLinkReplacesTheOlder() throws Exception {
        String email = staffAccount("hash-password-long-1");
        ask(email, "10.7.2.1");
        String first = TestMail.link(TestMail.awaitMessage(email, 1));
        ask(email, "10.7.2.1");
        String second = TestMail.link(TestMail.awaitMessage(email, 2));
        String token = second.substring(second.indexOf("token=") + 6);
        long account = account(email).id().value();
        List<String> hashes = jdbc.sql("select token_hash from identity_password_reset where account_kind = 'STAFF'"
                + " and account_id = :a order by id").param("a", account).query(String.class).list();
        assertThat(hashes).hasSize(2).doesNotContain(token).contains(InvitationToken.hashOf(token));
        assertThat(token).hasSize(43);

        MockHttpServletResponse replaced = open(first);
        assertThat(replaced.getStatus()).isEqualTo(410);
        assertThat(replaced.getContentAsString()).contains("replaced by a newer one");
        assertThat(open(second).getStatus()).isEqualTo(200);
    }

    @Test
    void anExpiredLinkIsRefusedAndTheRefusalAuditedWithoutNamingTheAccount() throws Exception {
        String email = staffAccount("expiry-password-long-1");
        ask(email, "10.7.3.1");
        String link = TestMail.link(TestMail.awaitMessage(email, 1));
        CLOCK.forward(PasswordResets.VALIDITY.plusSeconds(1));
        long mark = lastAuditId();
        MockHttpServletResponse expired = open(link);
        assertThat(expired.getStatus()).isEqualTo(410);
        assertThat(expired.getContentAsString()).contains("This password reset link has expired.")
                .contains("Send me a new link");
        assertThat(setPassword(link, "expired-password-long-1").getStatus()).isEqualTo(410);
        List<Map<String, Object>> denied = auditAfter(mark);
        assertThat(denied).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("outcome")).isEqualTo("DENIED");
            assertThat(r.get("detail")).isEqualTo("password reset link expired");
            assertThat(r.get("username")).isEqualTo("anonymous");
            assertThat(r.get("user_id")).isNull();
            assertThat(r.get("clinic_id")).isNull();
        });
        CLOCK.reset();
        assertThat(signIn(email, "expiry-password-long-1", "10.7.3.2")).isEqualTo("/");
        assertThat(open("http://localhost/password/reset?token=" + "A".repeat(43)).getStatus()).isEqualTo(404);
    }

    @Test
    void aPortalPatientResetsTheirPasswordAndALockedAccountIsUnlocked() throws Exception {
        PortalFixtures.PortalPatient p = PortalFixtures.activePatient(registry, invitations, patientAccounts,
                actor(COORDINATOR), "Forgetful");
        for (int i = 0; i < 5; i++) {
            signIn(p.email(), "wrong-password-" + i, "10.7.4." + i);
        }
        assertThat(signIn(p.email(), PortalFixtures.PASSWORD, "10.7.4.9")).as("locked").isEqualTo("/login?error");
        int before = TestMail.to(p.email()).size();
        ask(p.email(), "10.7.4.10");
        String link = TestMail.link(TestMail.awaitMessage(p.email(), before + 1));
        assertThat(setPassword(link, "patient-new-password-1").getRedirectedUrl()).isEqualTo("/login?reset");
        assertThat(signIn(p.email(), "patient-new-password-1", "10.7.4.11")).isEqualTo("/portal");
        assertThat(signIn(p.email(), PortalFixtures.PASSWORD, "10.7.4.12")).isEqualTo("/login?error");
    }

    @Test
    void askingIsRateLimitedPerAddressAndRefusesWhatIsNotAnAddress() throws Exception {
        String email = fresh("flood");
        for (int i = 0; i < PasswordResets.PER_EMAIL; i++) {
            assertThat(ask(email, "10.7.5." + i).getStatus()).isEqualTo(302);
        }
        MockHttpServletResponse tooMany = ask(email, "10.7.5.99");
        assertThat(tooMany.getStatus()).isEqualTo(429);
        assertThat(tooMany.getContentAsString()).contains("Too many requests");
        for (int i = 0; i < PasswordResets.PER_REMOTE_ADDRESS; i++) {
            assertThat(ask(fresh("spray"), "10.7.6.1").getStatus()).isEqualTo(302);
        }
        assertThat(ask(fresh("spray"), "10.7.6.1").getStatus()).isEqualTo(429);

        MockHttpServletResponse bad = ask("not an address", "10.7.7.1");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("Enter the e-mail address you sign in with");
    }
}
