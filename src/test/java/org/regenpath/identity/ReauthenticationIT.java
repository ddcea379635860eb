package org.regenpath.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.Actor;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.Role;
import org.regenpath.shared.StaffMember;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Re-authenticating the signed-in person before a signature (21 CFR 11.200(a)(1)): the right password signs, a
 * wrong one is refused on the named field, audited, and counts towards the same lockout as failed sign-ins.
 */
class ReauthenticationIT extends WebIT {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    private UserAccounts accounts;

    @Autowired
    private Reauthentication reauthentication;

    private String freshClinician() {
        String email = "reauth-" + UUID.randomUUID().toString().substring(0, 8) + "@demo-clinic.example";
        accounts.createAsSystem(account(ADMIN).clinicId(),
                new NewAccount(email, "Reauth Test", Role.CLINICIAN, PASSWORD));
        return email;
    }

    private int failures(String email) {
        return jdbc.sql("select failed_attempts from identity_user where email = :e").param("e", email)
                .query(Integer.class).single();
    }

    @Test
    void theRightPasswordSignsAsTheSignedInPersonAndClearsEarlierFailures() {
        String email = freshClinician();
        Actor me = actor(email);
        assertThatThrownBy(() -> reauthentication.confirm(me, "wrong-password-1", "signerPassword"))
                .isInstanceOf(InvalidInput.class);
        assertThat(failures(email)).isEqualTo(1);
        StaffMember signer = reauthentication.confirm(me, PASSWORD, "signerPassword");
        assertThat(signer.userId()).isEqualTo(me.userId());
        assertThat(signer.displayName()).isEqualTo("Reauth Test");
        assertThat(failures(email)).isZero();
    }

    @Test
    void aWrongPasswordIsRefusedOnTheNamedFieldAndAuditedAsDenied() {
        String email = freshClinician();
        Actor me = actor(email);
        long mark = lastAuditId();
        assertThatThrownBy(() -> reauthentication.confirm(me, "not-my-password", "clinicianPassword"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("clinicianPassword")
                        .extractingByKey("clinicianPassword").asString().startsWith("The password is wrong"));
        assertThatThrownBy(() -> reauthentication.confirm(me, "", "clinicianPassword"))
                .isInstanceOf(InvalidInput.class);
        assertThat(auditAfter(mark)).filteredOn(r -> email.equals(r.get("username")))
                .hasSize(2)
                .allSatisfy(r -> {
                    assertThat(r.get("outcome")).isEqualTo("DENIED");
                    assertThat(r.get("resource_type")).isEqualTo("Reauthentication");
                });
    }

    @Test
    void wrongPasswordsAtSigningCountTowardsTheSignInLockout() throws Exception {
        String email = freshClinician();
        Actor me = actor(email);
        for (int i = 0; i < 2; i++) {
            int n = i;
            assertThatThrownBy(() -> reauthentication.confirm(me, "wrong-" + n, "clinicianPassword"))
                    .isInstanceOf(InvalidInput.class);
        }
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/login").param("username", email).param("password", "wrong-sign-in-" + i)
                            .with(csrf()).with(r -> {
                                r.setRemoteAddr("10.7.0.1");
                                return r;
                            }))
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(failures(email)).isEqualTo(4);
        assertThatThrownBy(() -> reauthentication.confirm(me, "third-wrong-at-signing", "clinicianPassword"))
                .isInstanceOf(InvalidInput.class);
        assertThat(jdbc.sql("select locked_until from identity_user where email = :e").param("e", email)
                .query(OffsetDateTime.class).single()).isAfter(OffsetDateTime.now());
        assertThatThrownBy(() -> reauthentication.confirm(me, PASSWORD, "clinicianPassword"))
                .as("a locked account cannot sign, even with the right password")
                .isInstanceOf(InvalidInput.class);
    }
}
