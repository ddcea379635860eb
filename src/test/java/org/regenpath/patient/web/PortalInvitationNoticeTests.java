package org.regenpath.patient.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.regenpath.identity.PortalAccess;
import org.regenpath.identity.PortalStatus;

class PortalInvitationNoticeTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final PortalAccess ACCESS = new PortalAccess(PortalStatus.INVITED, "ann@patient.example",
            Instant.parse("2026-12-07T10:00:00Z"), Instant.parse("2026-12-14T10:00:00Z"), null);

    @Test
    void withoutAnEmailServerTheNoticeSaysNothingWasSentAndWhereTheLinkWent() {
        String notice = PortalInvitationPages.notSentNotice(ACCESS, NEW_YORK);

        assertThat(notice).startsWith("No e-mail was sent to ann@patient.example")
                .contains("no e-mail server configured").contains("server log").contains("14 Dec 2026, 05:00 EST")
                .doesNotContain("Invitation sent");
    }

    @Test
    void withAnEmailServerTheNoticeSaysSentAndUntilWhen() {
        assertThat(PortalInvitationPages.sentNotice(ACCESS, NEW_YORK))
                .isEqualTo("Invitation sent to ann@patient.example. The link works until 14 Dec 2026, 05:00 EST.");
    }
}
