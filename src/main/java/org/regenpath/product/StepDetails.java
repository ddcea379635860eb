package org.regenpath.product;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.StaffMember;

/**
 * What the person recording a custody step enters: who, when, where, with which device and kit lot, what was
 * measured, and notes (the reason, for quarantine, rejection and discard). The time comes from the application's
 * {@code Clock}, passed in, never read here. Build with {@link #by(StaffMember, Instant, String)} and the
 * {@code with...} methods.
 *
 * @param by who performs the step
 * @param at when
 * @param location where, e.g. "Procedure room 2" or "Lab bench B"
 * @param device the device or system used, or {@code null}
 * @param kitLot the lot number of the kit or consumables used, or {@code null}
 * @param measurements what was measured, possibly nothing
 * @param notes free text, or the reason where the step needs one; {@code null} when empty
 */
public record StepDetails(
        StaffMember by, Instant at, String location, String device, String kitLot, Measurements measurements,
        String notes) {

    static final int MAX_SHORT = 100;
    static final int MAX_NOTES = 2000;

    public StepDetails {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        location = clean(location);
        device = clean(device);
        kitLot = clean(kitLot);
        notes = clean(notes);
        measurements = measurements == null ? Measurements.none() : measurements;
        Map<String, String> errors = new LinkedHashMap<>();
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

    public static StepDetails by(StaffMember by, Instant at, String location) {
        return new StepDetails(by, at, location, null, null, Measurements.none(), null);
    }

    public StepDetails withDevice(String device, String kitLot) {
        return new StepDetails(by, at, location, device, kitLot, measurements, notes);
    }

    public StepDetails withMeasurements(Measurements value) {
        return new StepDetails(by, at, location, device, kitLot, value, notes);
    }

    public StepDetails withNotes(String value) {
        return new StepDetails(by, at, location, device, kitLot, measurements, value);
    }

    /** For quarantine, rejection and discard: the notes must give the reason. */
    void requireReason(CustodyStep step) {
        if (notes == null) {
            throw InvalidInput.of("notes", "Give the reason the product is "
                    + step.resultingState().name().toLowerCase(Locale.ROOT));
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
