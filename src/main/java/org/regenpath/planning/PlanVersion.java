package org.regenpath.planning;

import java.time.Instant;
import java.util.Objects;
import org.regenpath.shared.StaffMember;

/**
 * One version of a treatment plan. Immutable: a draft is replaced by a new value when edited, and an approved or
 * superseded version is never replaced at all.
 *
 * @param number 1 for the first version, counting up
 * @param status draft, approved (in force) or superseded
 * @param details what the version says
 * @param editedBy who last edited it
 * @param editedAt when
 * @param approval the approval, or {@code null} while a draft
 */
public record PlanVersion(
        int number, PlanStatus status, PlanDetails details, StaffMember editedBy, Instant editedAt,
        PlanApproval approval) {

    public PlanVersion {
        if (number < 1) {
            throw new IllegalArgumentException("Plan versions count from 1");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(editedBy, "editedBy");
        Objects.requireNonNull(editedAt, "editedAt");
        if ((status == PlanStatus.DRAFT) != (approval == null)) {
            throw new IllegalArgumentException("Only a draft lacks an approval");
        }
    }

    PlanVersion approved(PlanApproval by) {
        return new PlanVersion(number, PlanStatus.APPROVED, details, editedBy, editedAt, by);
    }

    PlanVersion superseded() {
        return new PlanVersion(number, PlanStatus.SUPERSEDED, details, editedBy, editedAt, approval);
    }
}
