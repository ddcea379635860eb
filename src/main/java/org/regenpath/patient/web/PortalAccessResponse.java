package org.regenpath.patient.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.regenpath.identity.PortalAccess;
import org.regenpath.identity.PortalStatus;

/**
 * A patient's portal access as the JSON API sends it (decision 0038), never with a token or a hash; the field names
 * and schema name are those clients have always read.
 */
@Schema(name = "PortalAccess")
record PortalAccessResponse(PortalStatus status, String email, Instant invitedAt, Instant expiresAt,
        Instant activeSince) {

    static PortalAccessResponse of(PortalAccess a) {
        return new PortalAccessResponse(a.status(), a.email(), a.invitedAt(), a.expiresAt(), a.activeSince());
    }
}
