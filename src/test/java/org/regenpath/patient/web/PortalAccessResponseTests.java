package org.regenpath.patient.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.regenpath.identity.PortalAccess;
import org.regenpath.identity.PortalStatus;
import tools.jackson.databind.json.JsonMapper;

/** The API's own portal-access type reads exactly as the identity record did, with and without dates. */
class PortalAccessResponseTests {

    @Test
    void serialisesAsTheModuleRecordDid() {
        JsonMapper json = JsonMapper.builder().findAndAddModules().build();
        Instant sent = Instant.parse("2026-12-01T10:00:00Z");
        for (PortalAccess access : new PortalAccess[] {
                new PortalAccess(PortalStatus.NOT_INVITED, null, null, null, null),
                new PortalAccess(PortalStatus.INVITED, "ada@example.org", sent, sent.plusSeconds(86_400), null)}) {
            String before = json.writeValueAsString(access);
            assertThat(json.writeValueAsString(PortalAccessResponse.of(access))).isEqualTo(before);
            assertThat(before).startsWith("{\"status\":\"" + access.status().name() + "\",\"email\":");
        }
    }
}
