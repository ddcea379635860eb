package org.regenpath.product;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.StaffMember;

/**
 * One step in a product's chain of custody, as it happened; never changed once recorded. Together the events
 * answer the recall questions of 21 CFR 1271.290(b) both ways: from the product to who handled it and who
 * received it, and from a device or kit lot to every product it touched.
 *
 * @param sequence 1 for the collection, counting up
 * @param step what happened
 * @param stateAfter the product's state after it
 * @param performedBy who did it
 * @param confirmedBy the second person who confirmed it, for administration; {@code null} otherwise
 * @param at when it happened
 * @param location where
 * @param device the device or system used, or {@code null}
 * @param kitLot the kit or consumables lot, or {@code null}
 * @param measurements what was measured, possibly nothing
 * @param timeOutsideBody time since collection at this step
 * @param notes notes or the reason, or {@code null}
 * @param administeredTo for administration, the patient the wristband identified; {@code null} otherwise
 * @param site for administration, the injection site; {@code null} otherwise
 * @param recordedAt when it was recorded: later than {@code at} for a step entered after the fact (21 CFR
 *     11.10(e): a late entry keeps both times)
 */
public record CustodyEvent(
        int sequence,
        CustodyStep step,
        ProductState stateAfter,
        StaffMember performedBy,
        StaffMember confirmedBy,
        Instant at,
        String location,
        String device,
        String kitLot,
        Measurements measurements,
        Duration timeOutsideBody,
        String notes,
        PatientId administeredTo,
        InjectionSite site,
        Instant recordedAt) {

    /**
     * How much later than it happened a step may be recorded and still count as recorded as it happened: the few
     * minutes between doing a step at the bench or bedside and typing it in at the nearest terminal. A step
     * recorded later than this is shown as a late entry ("recorded later at ..., by ..."). Clinic policy, not a
     * regulatory figure: Part 11 asks that both times be kept, not for a threshold.
     */
    public static final Duration LATE_ENTRY_AFTER = Duration.ofMinutes(5);

    public CustodyEvent {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(stateAfter, "stateAfter");
        Objects.requireNonNull(performedBy, "performedBy");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(measurements, "measurements");
        Objects.requireNonNull(timeOutsideBody, "timeOutsideBody");
        recordedAt = recordedAt == null ? at : recordedAt;
        if (sequence < 1) {
            throw new IllegalArgumentException("Custody events count from 1");
        }
        if (timeOutsideBody.isNegative()) {
            throw new IllegalArgumentException("Time outside the body cannot be negative");
        }
    }

    /** Whether it was recorded more than {@link #LATE_ENTRY_AFTER} after it happened: a late entry. */
    public boolean lateEntry() {
        return Duration.between(at, recordedAt).compareTo(LATE_ENTRY_AFTER) > 0;
    }

    /** The event for a step recorded by {@code details}, {@code since} being the collection time. */
    static CustodyEvent of(int sequence, CustodyStep step, StepDetails details, Instant since) {
        return new CustodyEvent(sequence, step, step.resultingState(), details.by(), null, details.at(),
                details.location(), details.device(), details.kitLot(), details.measurements(),
                Duration.between(since, details.at()), details.notes(), null, null, details.recordedAt());
    }

    /** The administration event: who confirmed, which patient, which site. */
    static CustodyEvent administration(int sequence, Administration a, Instant since) {
        StepDetails d = a.step();
        return new CustodyEvent(sequence, CustodyStep.ADMINISTERED, ProductState.ADMINISTERED, d.by(), a.verifier(),
                d.at(), d.location(), d.device(), d.kitLot(), d.measurements(), Duration.between(since, d.at()),
                d.notes(), a.patient(), a.site(), d.recordedAt());
    }
}
