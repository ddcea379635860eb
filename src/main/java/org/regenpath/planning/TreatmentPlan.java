package org.regenpath.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.StaffMember;

/**
 * A patient's treatment plan and every version of it. Issue #4 asks that "an approved version is never
 * overwritten": editing a draft replaces the draft, editing when the latest version is approved starts a new
 * draft with the next number, and approving a draft supersedes the version that was in force. Until the new
 * draft is approved, the earlier approved version stays in force, so a procedure never runs on an unapproved
 * plan.
 *
 * <p>Immutable: every change returns a new {@code TreatmentPlan}. {@link #version()} is the optimistic-locking
 * version the persistence layer loads and checks; the domain carries it and never changes it.
 */
public final class TreatmentPlan {

    private final PatientId patientId;
    private final List<PlanVersion> versions;
    private final long version;

    private TreatmentPlan(PatientId patientId, List<PlanVersion> versions, long version) {
        this.patientId = Objects.requireNonNull(patientId, "patientId");
        this.versions = List.copyOf(versions);
        this.version = version;
    }

    /** A new plan: version 1, a draft. */
    public static TreatmentPlan draft(PatientId patient, PlanDetails details, StaffMember author, Instant at) {
        return new TreatmentPlan(patient, List.of(new PlanVersion(1, PlanStatus.DRAFT, details, author, at, null)),
                0);
    }

    /**
     * A plan as stored, for the persistence layer.
     *
     * @throws IllegalArgumentException when the versions do not form a valid history
     */
    public static TreatmentPlan restore(PatientId patient, List<PlanVersion> versions, long version) {
        checkHistory(versions);
        return new TreatmentPlan(patient, versions, version);
    }

    /**
     * Edits the plan. A draft is replaced; an approved version is kept as it is and a new draft version is
     * started from the new details.
     */
    public TreatmentPlan edit(PlanDetails details, StaffMember author, Instant at) {
        PlanVersion latest = latest();
        List<PlanVersion> next = new ArrayList<>(versions);
        if (latest.status() == PlanStatus.DRAFT) {
            next.set(next.size() - 1, new PlanVersion(latest.number(), PlanStatus.DRAFT, details, author, at, null));
        } else {
            next.add(new PlanVersion(latest.number() + 1, PlanStatus.DRAFT, details, author, at, null));
        }
        return new TreatmentPlan(patientId, next, version);
    }

    /** The regulatory classification of the latest version, as the plan editor shows it. */
    public RegulatoryClassification classify(RegulatoryClassifier classifier) {
        return classifier.classify(latest().details().pathway());
    }

    /**
     * Approves the draft: classifies it, checks the {@link ApprovalGuard} (a valid consent to the draft, the
     * records its pathway needs), marks the draft approved and the version in force until now superseded.
     *
     * @param consent whether the draft has a valid consent
     * @throws Conflict when there is no draft to approve
     * @throws InvalidInput when the consent or records the pathway needs are missing, or the plan cannot be
     *     classified
     */
    public TreatmentPlan approve(RegulatoryClassifier classifier, RegulatoryRecord record, ConsentCheck consent,
            StaffMember approver, Instant at) {
        PlanVersion draft = draft().orElseThrow(() -> new Conflict("status", "Version " + latest().number()
                + " is " + latest().status() + "; there is no draft to approve. Edit the plan to start version "
                + (latest().number() + 1) + "."));
        RegulatoryClassification classification = classifier.classify(draft.details().pathway());
        if (consent != null && consent.versionNumber() != draft.number()) {
            throw new IllegalArgumentException("The consent check is for version " + consent.versionNumber()
                    + ", not the draft " + draft.number());
        }
        ApprovalGuard.check(classification, record, consent);
        PlanApproval approval = new PlanApproval(approver, at, classification.pathway(), classifier.rulesVersion(),
                record);
        List<PlanVersion> next = new ArrayList<>();
        for (PlanVersion v : versions) {
            next.add(v.status() == PlanStatus.APPROVED ? v.superseded() : v);
        }
        next.set(next.size() - 1, draft.approved(approval));
        return new TreatmentPlan(patientId, next, version);
    }

    public PatientId patientId() {
        return patientId;
    }

    /** Every version, oldest first. */
    public List<PlanVersion> versions() {
        return versions;
    }

    public PlanVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** The approved version that procedures follow, if any version was approved. */
    public Optional<PlanVersion> inForce() {
        return versions.stream().filter(v -> v.status() == PlanStatus.APPROVED).findFirst();
    }

    /** The draft being edited, if any. */
    public Optional<PlanVersion> draft() {
        return latest().status() == PlanStatus.DRAFT ? Optional.of(latest()) : Optional.empty();
    }

    /** The optimistic-locking version, owned by the persistence layer. */
    public long version() {
        return version;
    }

    private static void checkHistory(List<PlanVersion> versions) {
        if (versions == null || versions.isEmpty()) {
            throw new IllegalArgumentException("A plan has at least one version");
        }
        int approved = 0;
        for (int i = 0; i < versions.size(); i++) {
            PlanVersion v = versions.get(i);
            if (v.number() != i + 1) {
                throw new IllegalArgumentException("Plan versions must be numbered 1, 2, 3... in order");
            }
            if (v.status() == PlanStatus.DRAFT && i != versions.size() - 1) {
                throw new IllegalArgumentException("Only the latest version may be a draft");
            }
            if (v.status() == PlanStatus.SUPERSEDED && approved > 0) {
                throw new IllegalArgumentException("A superseded version cannot follow the version in force");
            }
            approved += v.status() == PlanStatus.APPROVED ? 1 : 0;
        }
        if (approved > 1) {
            throw new IllegalArgumentException("At most one version is in force");
        }
    }
}
