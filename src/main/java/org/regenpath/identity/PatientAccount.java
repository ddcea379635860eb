package org.regenpath.identity;

import java.time.Instant;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.UserId;

/**
 * A patient portal account; never carries the password hash. Its id is a {@link UserId} counted apart from
 * staff accounts: the audit trail tells them apart by the role {@code PATIENT}.
 */
public record PatientAccount(
        UserId id,
        ClinicId clinicId,
        PatientId patientId,
        String email,
        boolean active,
        Instant activatedAt,
        Instant lockedUntil,
        int version) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
