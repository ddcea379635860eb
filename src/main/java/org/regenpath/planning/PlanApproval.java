package org.regenpath.planning;

import java.time.Instant;
import java.util.Objects;
import org.regenpath.shared.StaffMember;

/**
 * Who approved a plan version, when, and on which regulatory footing: the pathway it was classified into, the
 * version of the rule data that classified it, and the IND, IRB and trial records it was approved on.
 *
 * @param approvedBy the clinician who approved
 * @param approvedAt when
 * @param pathway the pathway at approval
 * @param rulesVersion the version of the pathway rule data used
 * @param record the regulatory records on file at approval
 */
public record PlanApproval(
        StaffMember approvedBy, Instant approvedAt, RegulatoryPathway pathway, String rulesVersion,
        RegulatoryRecord record) {

    public PlanApproval {
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedAt, "approvedAt");
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        Objects.requireNonNull(record, "record");
    }
}
