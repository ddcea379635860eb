package org.regenpath.product;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;

/**
 * What a patient's wristband barcode carries, and the one place that builds and reads it (decision 0031):
 * {@code RP}, the clinic id, {@code P}, the patient id, and an ISO/IEC 7064 Mod 37-2 check character over all of
 * it ({@link Iso7064Mod37_2}, as the product identifiers use), e.g. {@code RP1P101} and its check character. The
 * clinic in the code means a wristband of another clinic is never read as a patient of this one, and the check
 * character means a misread or mistyped code is refused, never read as another patient.
 */
public final class Wristbands {

    /** The field a wristband scan is refused on. */
    public static final String FIELD = "wristband";

    private static final String PREFIX = "RP";
    private static final Pattern CODE = Pattern.compile("RP([1-9][0-9]{0,17})P([1-9][0-9]{0,17})(.)");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private Wristbands() {
    }

    /** The wristband code of a patient of a clinic, check character included. */
    public static String code(ClinicId clinic, PatientId patient) {
        Objects.requireNonNull(clinic, "clinic");
        Objects.requireNonNull(patient, "patient");
        String data = PREFIX + clinic.value() + "P" + patient.value();
        return data + Iso7064Mod37_2.checkCharacter(data);
    }

    /**
     * Reads a wristband scan at the bedside of a clinic. Scanners type what they read; surrounding spaces and lower
     * case (a keyboard with caps lock) are forgiven, nothing else.
     *
     * @param scan the text the scanner typed
     * @param actingClinic the clinic where the patient is being treated
     * @return the patient the wristband names
     * @throws InvalidInput on {@value #FIELD}, with a message for the person scanning: a bare number (an old or wrong
     *     wristband), a check character that does not match (a misread: rescan), another clinic's wristband (stop:
     *     not this clinic's patient), or anything else that is not a wristband
     */
    public static PatientId read(String scan, ClinicId actingClinic) {
        Objects.requireNonNull(actingClinic, "actingClinic");
        String text = scan == null ? "" : scan.strip().toUpperCase(Locale.ROOT);
        if (text.isEmpty()) {
            throw refused("Scan the patient's wristband.");
        }
        if (DIGITS.matcher(text).matches()) {
            throw refused("This wristband carries only a number, which is an old or wrong wristband. Print a new"
                    + " wristband from the patient's chart, put it on, and scan that.");
        }
        Matcher m = CODE.matcher(text);
        if (!m.matches()) {
            throw refused("This is not a patient wristband of this system. Rescan the wristband, or type the code"
                    + " printed under its barcode.");
        }
        if (!Iso7064Mod37_2.isValid(text)) {
            throw refused("The wristband did not scan correctly (the check character does not match). Rescan the"
                    + " wristband, or type the code printed under its barcode.");
        }
        if (!m.group(1).equals(Long.toString(actingClinic.value()))) {
            throw refused("This wristband is from another clinic: this is not this clinic's patient. Do not give"
                    + " anything; check who the patient is.");
        }
        return PatientId.of(Long.parseLong(m.group(2)));
    }

    private static InvalidInput refused(String message) {
        return new InvalidInput(Map.of(FIELD, message));
    }
}
