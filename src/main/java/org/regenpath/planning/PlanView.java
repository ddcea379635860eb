package org.regenpath.planning;

import java.util.List;
import org.regenpath.shared.PatientId;

/**
 * A treatment plan as the API shows it.
 *
 * @param id the plan
 * @param patientId whose plan it is
 * @param version the optimistic-locking version to send back with an edit or an approval
 * @param versions every version, oldest first
 * @param inForce the number of the approved version procedures follow, or {@code null}
 * @param classification the latest version's classification and reasons
 */
public record PlanView(
        long id,
        PatientId patientId,
        long version,
        List<PlanVersion> versions,
        Integer inForce,
        ClassificationView classification) {}
