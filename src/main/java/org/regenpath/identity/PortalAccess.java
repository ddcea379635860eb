package org.regenpath.identity;

import java.time.Instant;

/**
 * A patient's portal access as staff see it; never carries a token or a hash.
 *
 * @param status where the patient stands
 * @param email the login name (the address invitations go to), or null when never invited
 * @param invitedAt when the newest invitation was sent, or null
 * @param expiresAt when the newest invitation stops working, or null
 * @param activeSince when the patient first set a password, or null
 */
public record PortalAccess(PortalStatus status, String email, Instant invitedAt, Instant expiresAt,
        Instant activeSince) {

    static PortalAccess none() {
        return new PortalAccess(PortalStatus.NOT_INVITED, null, null, null, null);
    }
}
