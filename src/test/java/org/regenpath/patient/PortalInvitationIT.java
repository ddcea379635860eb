package org.regenpath.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.Actor;
import org.regenpath.support.PortalFixtures;
import org.regenpath.support.PortalFixtures.PortalPatient;
import org.regenpath.support.TestMail;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The invitation from the chart to the portal, through a real SMTP server (GreenMail): the e-mail arrives with
 * a one-time link and nothing clinical, the link sets a password and signs the patient in, and a used, replaced
 * or expired link gets a plain page that says to ask the clinic for a new invitation.
 */
class PortalInvitationIT extends WebIT {

    @Autowired
    PatientRegistry registry;

    @Autowired
    PortalInvitations invitations;

    @Autowired
    PlatformTransactionManager transactions;

    Actor coordinator() {
        return actor(COORDINATOR);
    }

    @Test
    void theInvitedPatientSetsAPasswordFromTheEmailAndReachesThePortal() throws Exception {
        PortalPatient patient = PortalFixtures.patient(registry, coordinator(), "Winifred");
        String chart = "/patients/" + patient.id().value();
        assertThat(mvc.perform(get(chart).with(as(COORDINATOR))).andReturn().getResponse().getContentAsString())
                .contains("Not invited").contains("Invite to patient portal");
        long mark = lastAuditId();

        MockHttpServletResponse invited = mvc.perform(post(chart + "/portal-invitation").with(csrf())
                .with(as(COORDINATOR))).andReturn().getResponse();
        assertThat(invited.getRedirectedUrl()).isEqualTo(chart);
        assertThat(auditAfter(mark)).anySatisfy(r -> {
            assertThat(r.get("resource_type")).isEqualTo("PortalInvitation");
            assertThat(r.get("action")).isEqualTo("CREATE");
            assertThat(r.get("outcome")).isEqualTo("SUCCESS");
            assertThat(r.get("username")).isEqualTo(COORDINATOR);
        });

        MimeMessage mail = TestMail.awaitMessage(patient.email(), 1);
        String link = TestMail.link(mail);
        String token = link.substring(link.indexOf("token=") + 6);
        assertInvitationMail(patient, mail, link, token);

        MvcResult opened = mvc.perform(get(TestMail.pathAndQuery(link))).andReturn();
        assertThat(opened.getResponse().getStatus()).isEqualTo(200);
        assertThat(opened.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(opened.getResponse().getContentAsString()).contains("Set your password")
                .contains(patient.email());
        MockHttpSession session = (MockHttpSession) opened.getRequest().getSession();

        assertWeakOrMismatchedPasswordsAreRefused(session, token);

        MvcResult set = mvc.perform(post("/portal/welcome").session(session).with(csrf()).param("token", token)
                .param("password", PortalFixtures.PASSWORD).param("confirmation", PortalFixtures.PASSWORD))
                .andReturn();
        assertThat(set.getResponse().getRedirectedUrl()).isEqualTo("/portal");
        MockHttpSession signedIn = (MockHttpSession) set.getRequest().getSession();
        assertThat(mvc.perform(get("/portal").session(signedIn)).andReturn().getResponse().getContentAsString())
                .contains("Hello, Winifred");
        assertThat(auditAfter(mark)).anySatisfy(r -> {
            assertThat(r.get("resource_type")).isEqualTo("PatientAccount");
            assertThat(r.get("role")).isEqualTo("PATIENT");
            assertThat(((Number) r.get("patient_id")).longValue()).isEqualTo(patient.id().value());
        }).anySatisfy(r -> {
            assertThat(r.get("action")).isEqualTo("LOGIN");
            assertThat(r.get("username")).isEqualTo(patient.email());
        });

        assertNotUsable(link, 410, "has already been used");
        assertThat(mvc.perform(get(chart).with(as(COORDINATOR))).andReturn().getResponse().getContentAsString())
                .contains("Active").contains("Send a new invitation");
        MockHttpServletResponse login = mvc.perform(post("/login").with(csrf()).param("username", patient.email())
                .param("password", PortalFixtures.PASSWORD)).andReturn().getResponse();
        assertThat(login.getRedirectedUrl()).isEqualTo("/portal");
    }

    private void assertInvitationMail(PortalPatient patient, MimeMessage mail, String link, String token)
            throws Exception {
        assertThat(link).startsWith("http://localhost:8080/portal/welcome?token=");
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(TestMail.subject(mail)).isEqualTo("Set up your patient portal account");
        assertThat(TestMail.text(mail)).contains("Dear Winifred,").contains("Demo Regenerative Pain Clinic")
                .doesNotContain("Portaltest").doesNotContain(Long.toString(patient.id().value()) + " ")
                .doesNotContain("RP-").doesNotContain("1970");
        assertThat(TestMail.html(mail)).contains("Dear Winifred,").contains("href=\"" + link + "\"");
        // Sent on another thread, which records SENT just after the SMTP server accepted the message.
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(notificationStatus(patient.email())));
        assertThat(jdbc.sql("select token_hash from identity_portal_invitation i join identity_patient_account a"
                        + " on a.id = i.account_id where a.patient_id = :p").param("p", patient.id().value())
                .query(String.class).single()).isEqualTo(sha256(token)).doesNotContain(token);
    }

    private void assertWeakOrMismatchedPasswordsAreRefused(MockHttpSession session, String token)
            throws Exception {
        MockHttpServletResponse tooShort = mvc.perform(post("/portal/welcome").session(session).with(csrf())
                .param("token", token).param("password", "short").param("confirmation", "short"))
                .andReturn().getResponse();
        assertThat(tooShort.getStatus()).isEqualTo(400);
        assertThat(tooShort.getContentAsString()).contains("Use 12 to 128 characters");
        MockHttpServletResponse differ = mvc.perform(post("/portal/welcome").session(session).with(csrf())
                .param("token", token).param("password", PortalFixtures.PASSWORD)
                .param("confirmation", PortalFixtures.PASSWORD + "x")).andReturn().getResponse();
        assertThat(differ.getStatus()).isEqualTo(400);
        assertThat(differ.getContentAsString()).contains("The two passwords differ");
    }

    @Test
    void anExpiredLinkGetsAPlainPageAndChangesNothing() throws Exception {
        PortalPatient patient = PortalFixtures.patient(registry, coordinator(), "Edmund");
        String link = PortalFixtures.invite(invitations, coordinator(), patient);
        Duration validity = jdbc.sql("""
                select i.created_at, i.expires_at from identity_portal_invitation i
                join identity_patient_account a on a.id = i.account_id where a.patient_id = :p""")
                .param("p", patient.id().value())
                .query((rs, n) -> Duration.between(rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("expires_at", OffsetDateTime.class)))
                .single();
        assertThat(validity).isEqualTo(Duration.ofDays(7));
        jdbc.sql("""
                update identity_portal_invitation set expires_at = created_at - interval '1' minute
                where account_id = (select id from identity_patient_account where patient_id = :p)""")
                .param("p", patient.id().value()).update();

        long mark = lastAuditId();
        assertNotUsable(link, 410, "has expired");
        String token = link.substring(link.indexOf("token=") + 6);
        MockHttpServletResponse post = mvc.perform(post("/portal/welcome").with(csrf()).param("token", token)
                .param("password", PortalFixtures.PASSWORD).param("confirmation", PortalFixtures.PASSWORD))
                .andReturn().getResponse();
        assertThat(post.getStatus()).isEqualTo(410);
        assertThat(post.getContentAsString()).contains("ask your clinic for a new invitation");
        assertThat(jdbc.sql("select status from identity_patient_account where patient_id = :p")
                .param("p", patient.id().value()).query(String.class).single()).isEqualTo("INVITED");
        List<Map<String, Object>> denied = auditAfter(mark).stream()
                .filter(r -> "DENIED".equals(r.get("outcome"))).toList();
        assertThat(denied).hasSize(2).allSatisfy(r -> {
            assertThat(r.get("resource_type")).isEqualTo("PortalInvitation");
            assertThat(((Number) r.get("patient_id")).longValue()).isEqualTo(patient.id().value());
            assertThat(r.get("detail")).isEqualTo("invitation link expired");
        });
        assertThat(invitations.access(coordinator(), patient.id()).status().name()).isEqualTo("INVITATION_EXPIRED");
    }

    @Test
    void aNewInvitationReplacesTheEarlierLink() throws Exception {
        PortalPatient patient = PortalFixtures.patient(registry, coordinator(), "Rosalind");
        String first = PortalFixtures.invite(invitations, coordinator(), patient);
        String second = PortalFixtures.invite(invitations, coordinator(), patient);
        assertThat(second).isNotEqualTo(first);
        assertNotUsable(first, 410, "was replaced by a newer one");
        assertThat(mvc.perform(get(TestMail.pathAndQuery(second))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void anUnknownOrMalformedLinkGetsAPlainPageAndIsAudited() throws Exception {
        long mark = lastAuditId();
        assertNotUsable("http://localhost/portal/welcome?token=" + "A".repeat(43), 404, "is not valid");
        assertNotUsable("http://localhost/portal/welcome?token=%3Cscript%3E", 404, "is not valid");
        assertNotUsable("http://localhost/portal/welcome", 404, "is not valid");
        assertThat(auditAfter(mark)).filteredOn(r -> "DENIED".equals(r.get("outcome"))).hasSize(3)
                .allSatisfy(r -> assertThat(r.get("detail")).isEqualTo("invitation link unknown"));
    }

    @Test
    void aRolledBackInvitationSendsNothing() {
        PortalPatient patient = PortalFixtures.patient(registry, coordinator(), "Ghost");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            invitations.invite(coordinator(), patient.id());
            status.setRollbackOnly();
        });
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> TestMail.to(patient.email()).isEmpty());
        assertThat(jdbc.sql("select count(*) from identity_patient_account where patient_id = :p")
                .param("p", patient.id().value()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from notification_message where recipient = :r")
                .param("r", patient.email()).query(Long.class).single()).isZero();
    }

    private void assertNotUsable(String link, int status, String message) throws Exception {
        MockHttpServletResponse page = mvc.perform(get(TestMail.pathAndQuery(link))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(status);
        assertThat(page.getContentAsString()).contains(message).contains("ask your clinic for a new invitation")
                .doesNotContain("Exception").doesNotContain("Set your password");
    }

    private String notificationStatus(String recipient) {
        return jdbc.sql("select status from notification_message where recipient = :r order by id desc limit 1")
                .param("r", recipient).query(String.class).single();
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.US_ASCII)));
    }
}
