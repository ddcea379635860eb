package org.regenpath.product;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.StaffMember;

/**
 * What the person recording a custody step enters: who, when, where, with which device and kit lot, what was
 * measured, and notes (the reason, for quarantine, rejection and discard). The times come from the application's
 * {@code Clock} and the person's entry, passed in, never read here. A step recorded after the fact says when it
 * happened ({@code at}); it is recorded now ({@code recordedAt}) and it cannot have happened later than that (21 CFR
 * 11.10(e): a late entry keeps both times). Build with {@link #by(StaffMember, Instant, String)} and the
 * {@code with...} methods.
 *
 * @param by who performs the step
 * @param at when it happened: the recording time, unless the person said it happened earlier
 * @param location where, e.g. "Procedure room 2" or "Lab bench B"
 * @param device the device or system used, or {@code null}
 * @param kitLot the lot number of the kit or consumables used, or {@code null}
 * @param measurements what was measured, possibly nothing
 * @param notes free text, or the reason where the step needs one; {@code null} when empty
 * @param recordedAt when it was recorded
 * @param zone the time zone of the product's clinic, in which a refusal of the step shows times (decision 0023)
 */
public record StepDetails(
        StaffMember by, Instant at, String location, String device, String kitLot, Measurements measurements,
        String notes, Instant recordedAt, ZoneId zone) {

    static final int MAX_SHORT = 100;
    static final int MAX_NOTES = 2000;
    /** The field a person gives when a step happened earlier than it is recorded. */
    static final String HAPPENED_AT = "happenedAt";

    /**
     * A step as a person enters it: it happened at {@code happenedAt} when they give one (a late entry), otherwise
     * now, when it is recorded.
     */
    static StepDetails entered(StaffMember by, Instant happenedAt, Instant recordedAt, ZoneId zone,
            String location, String device, String kitLot, Measurements measurements, String notes) {
        return new StepDetails(by, happenedAt == null ? recordedAt : happenedAt, location, device, kitLot,
                measurements, notes, recordedAt, zone);
    }

    public StepDetails {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(zone, "zone");
        location = clean(location);
        device = clean(device);
        kitLot = clean(kitLot);
        notes = clean(notes);
        measurements = measurements == null ? Measurements.none() : measurements;
        Map<String, String> errors = new LinkedHashMap<>();
        if (at.isAfter(recordedAt)) {
            errors.put(HAPPENED_AT, "It cannot have happened in the future; leave it blank if it is happening now");
        }
        if (location == null) {
            errors.put("location", "Say where this happens");
        }
        tooLong("location", location, MAX_SHORT, errors);
        tooLong("device", device, MAX_SHORT, errors);
        tooLong("kitLot", kitLot, MAX_SHORT, errors);
        tooLong("notes", notes, MAX_NOTES, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** A step recorded as it happens, in a clinic in {@code zone}. */
    public static StepDetails by(StaffMember by, Instant at, ZoneId zone, String location) {
        return new StepDetails(by, at, location, null, null, Measurements.none(), null, at, zone);
    }

    public StepDetails withDevice(String device, String kitLot) {
        return new StepDetails(by, at, location, device, kitLot, measurements, notes, recordedAt, zone);
    }

    public StepDetails withMeasurements(Measurements value) {
        return new StepDetails(by, at, location, device, kitLot, value, notes, recordedAt, zone);
    }

    public StepDetails withNotes(String value) {
        return new StepDetails(by, at, location, device, kitLot, measurements, value, recordedAt, zone);
    }

    /** The same step, recorded at {@code recordedAt} as having happened at {@link #at()}: a late entry. */
    public StepDetails recordedAt(Instant value) {
        return new StepDetails(by, at, location, device, kitLot, measurements, notes, value, zone);
    }

    /** For quarantine, rejection and discard: the notes must give the reason. */
    void requireReason(CustodyStep step) {
        if (notes == null) {
            throw InvalidInput.of("notes", "Give the reason the product is "
                    + step.resultingState().words());
        }
    }

    /** For processing: device and kit lot are what a recall searches by. */
    void requireDeviceAndKitLot() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (device == null) {
            errors.put("device", "Record the processing device");
        }
        if (kitLot == null) {
            errors.put("kitLot", "Record the kit lot number");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static void tooLong(String field, String value, int max, Map<String, String> errors) {
        if (value != null && value.length() > max) {
            errors.put(field, "At most " + max + " characters");
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
