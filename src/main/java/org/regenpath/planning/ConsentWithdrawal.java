package org.regenpath.planning;

import java.time.Instant;
import java.util.Objects;
import org.regenpath.shared.StaffMember;

/**
 * The patient withdrew a consent: the reason they gave (or that they gave none), who recorded it and when. A
 * withdrawn consent never counts again; the patient may sign anew.
 */
public record ConsentWithdrawal(String reason, StaffMember recordedBy, Instant withdrawnAt) {

    public ConsentWithdrawal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    }
}
