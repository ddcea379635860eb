package org.regenpath.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PortalInvitations;
import org.regenpath.shared.Role;
import org.regenpath.support.PortalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * A password an admin set must be replaced at the next sign-in: every page leads to "Choose a new password", the
 * API answers 403 with a problem detail, until the user has chosen their own; both steps are audited. Also the
 * authorization rows of the new pages: "Choose a new password" is for signed-in staff only, "forgot your
 * password?" for anyone.
 */
class MustChangePasswordIT extends WebIT {

    @Autowired
    UserAccounts users;

    @Autowired
    PatientRegistry registry;

    @Autowired
    PortalInvitations invitations;

    @Autowired
    PatientAccounts patientAccounts;

    private String newClinician() {
        String email = "must-change-" + UUID.randomUUID().toString().substring(0, 8) + "@demo-clinic.example";
        users.createAsSystem(account(CLINICIAN).clinicId(), new NewAccount(email, "Must Change", Role.CLINICIAN,
                "first-password-long-1"));
        return email;
    }

    private boolean flag(String email) {
        return jdbc.sql("select must_change_password from identity_user where email = :e").param("e", email)
                .query(Boolean.class).single();
    }

    private MockHttpSession signIn(String email, String password) throws Exception {
        var result = mvc.perform(post("/login").with(csrf()).param("username", email).param("password", password))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession();
    }

    @Test
    void anAdminSetPasswordMustBeChangedBeforeAnyPageOrTheApi() throws Exception {
        String email = newClinician();
        long id = account(email).id().value();
        assertThat(flag(email)).isFalse();
        long mark = lastAuditId();
        assertThat(mvc.perform(post("/admin/users/" + id + "/password").with(csrf()).with(as(ADMIN))
                .param("password", "admin-chosen-password-1")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/admin/users/" + id);
        assertThat(flag(email)).isTrue();
        assertThat(auditAfter(mark)).anySatisfy(r -> assertThat(r.get("detail"))
                .isEqualTo("password reset by an admin; must be changed at the next sign-in"));

        MockHttpSession session = signIn(email, "admin-chosen-password-1");
        for (String page : new String[] {"/", "/patients", "/admin/users"}) {
            assertThat(mvc.perform(get(page).session(session)).andReturn().getResponse().getRedirectedUrl())
                    .as(page).isEqualTo("/account/password");
        }
        assertThat(mvc.perform(post("/patients").session(session).with(csrf()).param("givenName", "X"))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/account/password");
        MockHttpServletResponse page = mvc.perform(get("/account/password").session(session)).andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("An admin set your password");

        MockHttpServletResponse api = mvc.perform(get("/api/patients")
                .with(httpBasic(email, "admin-chosen-password-1"))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(403);
        assertThat(api.getContentAsString()).contains("/problems/password-change-required")
                .contains("choose a new password");

        MockHttpServletResponse wrong = mvc.perform(post("/account/password").session(session).with(csrf())
                .param("current", "not-the-password-1").param("password", "admin-chosen-password-1")
                .param("confirmation", "x")).andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentAsString()).contains("This is not your current password")
                .contains("Choose a password different from the current one");
        assertThat(flag(email)).isTrue();

        mark = lastAuditId();
        assertThat(mvc.perform(post("/account/password").session(session).with(csrf())
                .param("current", "admin-chosen-password-1").param("password", "own-chosen-password-1")
                .param("confirmation", "own-chosen-password-1")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/");
        assertThat(flag(email)).isFalse();
        assertThat(auditAfter(mark)).anySatisfy(r -> {
            assertThat(r.get("username")).isEqualTo(email);
            assertThat(r.get("detail")).isEqualTo("password changed by the user, as the admin's reset required");
        });
        assertThat(mvc.perform(get("/patients").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/api/patients").with(httpBasic(email, "own-chosen-password-1"))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/patients").with(httpBasic(email, "admin-chosen-password-1"))).andReturn()
                .getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void choosingANewPasswordIsForSignedInStaffOnlyAndRefusalsAreAudited() throws Exception {
        for (var request : new org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder[] {
            get("/account/password"), post("/account/password").with(csrf()).param("current", "x")}) {
            long mark = lastAuditId();
            MockHttpServletResponse res = mvc.perform(request).andReturn().getResponse();
            assertThat(res.getStatus()).isEqualTo(302);
            assertThat(res.getRedirectedUrl()).endsWith("/login");
            assertThat(auditAfter(mark)).anySatisfy(r -> {
                assertThat(r.get("outcome")).isEqualTo("DENIED");
                assertThat(r.get("username")).isEqualTo("anonymous");
            });
        }
        PortalFixtures.PortalPatient p = PortalFixtures.patient(registry, actor(COORDINATOR), "Changer");
        PortalFixtures.invite(invitations, actor(COORDINATOR), p);
        long mark = lastAuditId();
        assertThat(mvc.perform(get("/account/password").with(asPatient(p.id()))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(auditAfter(mark)).anySatisfy(r -> assertThat(r.get("outcome")).isEqualTo("DENIED"));

        assertThat(mvc.perform(get("/password/forgot")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/password/reset")).andReturn().getResponse().getStatus()).isEqualTo(404);
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(login).contains("href=\"/password/forgot\"").contains("Forgot your password?");
    }
}
