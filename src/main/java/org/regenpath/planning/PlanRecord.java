package org.regenpath.planning;

import java.time.Instant;
import java.util.List;
import org.regenpath.shared.PatientId;

/**
 * A stored treatment plan as other modules read it through {@link PlanLookup}.
 *
 * @param id the plan
 * @param patientId whose
 * @param version the optimistic-locking version
 * @param versions every version of the plan, oldest first
 * @param inForce the number of the approved version in force, or {@code null} when none is approved
 * @param updatedAt the plan's last change: a version written or approved, or a consent to it recorded or withdrawn
 */
public record PlanRecord(long id, PatientId patientId, long version, List<PlanVersion> versions, Integer inForce,
        Instant updatedAt) {

    public PlanRecord {
        versions = List.copyOf(versions);
    }
}
