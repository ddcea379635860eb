package org.regenpath.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PortalInvitations;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.Role;
import org.regenpath.support.PortalFixtures;
import org.regenpath.support.PortalFixtures.PortalPatient;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Patients sign in under the staff rules: Argon2id, lockout after repeated failures, no sign-in before activation. */
class PortalSignInIT extends WebIT {

    @Autowired
    PatientRegistry registry;

    @Autowired
    PortalInvitations invitations;

    @Autowired
    PatientAccounts accounts;

    @Autowired
    UserAccounts users;

    private static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    private String signIn(String email, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", email)
                .param("password", password)).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void anInvitedPatientCannotSignInBeforeSettingAPassword() throws Exception {
        PortalPatient p = PortalFixtures.patient(registry, actor(COORDINATOR), "Waiting");
        PortalFixtures.invite(invitations, actor(COORDINATOR), p);
        assertThat(signIn(p.email(), "anything-at-all-1", "10.5.0.1")).isEqualTo("/login?error");
    }

    @Test
    void aPatientPasswordIsStoredAsArgon2idAndFiveFailuresLockTheAccount() throws Exception {
        PortalPatient p = PortalFixtures.activePatient(registry, invitations, accounts, actor(COORDINATOR),
                "Locksmith");
        assertThat(jdbc.sql("select password_hash from identity_patient_account where patient_id = :p")
                .param("p", p.id().value()).query(String.class).single()).startsWith("{argon2}$argon2id$");
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(p.email(), "wrong-password-" + i, "10.5.1." + i)).isEqualTo("/login?error");
        }
        assertThat(signIn(p.email(), PortalFixtures.PASSWORD, "10.5.1.9")).as("locked even with the right one")
                .isEqualTo("/login?error");
        assertThat(jdbc.sql("select locked_until from identity_patient_account where patient_id = :p")
                .param("p", p.id().value()).query().singleValue()).isNotNull();
    }

    @Test
    void aPatientSignInLandsOnThePortalEvenWhenAStaffPageWasAskedFor() throws Exception {
        PortalPatient p = PortalFixtures.activePatient(registry, invitations, accounts, actor(COORDINATOR),
                "Lander");
        var asked = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/patients"))
                .andReturn();
        var session = (org.springframework.mock.web.MockHttpSession) asked.getRequest().getSession();
        assertThat(mvc.perform(post("/login").session(session).with(csrf()).param("username", p.email())
                .param("password", PortalFixtures.PASSWORD)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/portal");
    }

    @Test
    void anAdminCannotGiveAStaffAccountThePatientRole() {
        assertThatThrownBy(() -> users.create(actor(ADMIN), new NewAccount("new-patient@demo-clinic.example",
                "Not Staff", Role.PATIENT, "long-enough-password"))).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("role"));
        StaffAccount lab = account(LAB);
        assertThatThrownBy(() -> users.update(actor(ADMIN), lab.id(), "Demo Lab", Role.PATIENT, true,
                lab.version())).isInstanceOf(InvalidInput.class);
    }
}
