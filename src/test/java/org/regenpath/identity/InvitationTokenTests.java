package org.regenpath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvitationTokenTests {

    @Test
    void aTokenIs32RandomBytesInUrlSafeBase64AndOnlyItsSha256IsKept() {
        InvitationToken token = InvitationToken.generate();
        assertThat(token.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token.value())).hasSize(32);
        assertThat(token.hash()).hasSize(64).matches("[0-9a-f]+").isEqualTo(InvitationToken.hashOf(token.value()))
                .doesNotContain(token.value());
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertThat(InvitationToken.hashOf("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(InvitationToken.generate().value())).isTrue();
        }
    }

    @Test
    void onlyTokenShapedValuesAreLookedUp() {
        assertThat(InvitationToken.wellFormed(InvitationToken.generate().value())).isTrue();
        assertThat(InvitationToken.wellFormed(null)).isFalse();
        assertThat(InvitationToken.wellFormed("")).isFalse();
        assertThat(InvitationToken.wellFormed("A".repeat(42))).isFalse();
        assertThat(InvitationToken.wellFormed("A".repeat(42) + "=")).isFalse();
        assertThat(InvitationToken.wellFormed("' or 1=1 --" + "A".repeat(32))).isFalse();
    }

    @Test
    void theInvitationMailCarriesTheGreetingClinicAndLinkAndAGenericSubject() {
        var mail = InvitationMail.compose("p@patient.example", "Ada", "Demo Clinic",
                "http://localhost:8080/portal/welcome?token=t", java.time.Instant.parse("2026-12-08T14:30:00Z"),
                java.time.ZoneId.of("America/Los_Angeles"));
        assertThat(mail.subject()).isEqualTo("Set up your patient portal account").doesNotContain("Demo Clinic");
        assertThat(mail.text()).startsWith("Dear Ada,").contains("Demo Clinic invites you")
                .contains("http://localhost:8080/portal/welcome?token=t").contains("8 December 2026, 06:30 PST");
        assertThat(mail.kind()).isEqualTo("PORTAL_INVITATION");
        assertThat(mail.link()).isEqualTo("http://localhost:8080/portal/welcome?token=t");
    }
}
