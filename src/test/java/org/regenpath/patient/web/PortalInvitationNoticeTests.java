package org.regenpath.patient.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.regenpath.identity.PortalAccess;
import org.regenpath.identity.PortalStatus;

class PortalInvitationNoticeTests {

    private static final PortalAccess ACCESS = new PortalAccess(PortalStatus.INVITED, "ann@patient.example",
            Instant.parse("2026-12-07T10:00:00Z"), Instant.parse("2026-12-14T10:00:00Z"), null);

    @Test
    void withoutAnEmailServerTheNoticeSaysNothingWasSentAndWhereTheLinkWent() {
        String notice = PortalInvitationPages.notSentNotice(ACCESS);

        assertThat(notice).startsWith("No e-mail was sent to ann@patient.example")
                .contains("no e-mail server configured").contains("server log").contains("14 Dec 2026, 10:00 UTC")
                .doesNotContain("Invitation sent");
    }

    @Test
    void withAnEmailServerTheNoticeSaysSentAndUntilWhen() {
        assertThat(PortalInvitationPages.sentNotice(ACCESS))
                .isEqualTo("Invitation sent to ann@patient.example. The link works until 14 Dec 2026, 10:00 UTC.");
    }
}
