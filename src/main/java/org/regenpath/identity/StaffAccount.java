package org.regenpath.identity;

import java.time.Instant;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Role;
import org.regenpath.shared.UserId;

/** A staff account as the admin pages and the API show it; never carries the password hash. */
public record StaffAccount(
        UserId id,
        ClinicId clinicId,
        String email,
        String displayName,
        Role role,
        boolean enabled,
        Instant lockedUntil,
        int version) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
