package org.regenpath.directory;

import org.regenpath.shared.InvalidInput;

/**
 * An FDA Establishment Identifier. FDA's systems give a new firm a 10-digit FEI; firms already in its older Field
 * Information System kept their 7-digit Central File Number, which in most cases became their FEI (FDA FEI Portal,
 * https://www.accessdata.fda.gov/scripts/feiportal/, and FDA, "GDUFA Cover Sheet Clarifications: Facility"). Only the format is checked here: whether the number belongs to the
 * provider is what a directory editor looks up in FDA's registration database, and the day they did is recorded.
 */
public final class FeiNumber {

    private FeiNumber() {
    }

    /**
     * The number as stored: its digits, spaces and hyphens removed.
     *
     * @throws InvalidInput naming {@code field} when the rest is not 7 or 10 digits
     */
    public static String parse(String field, String value) {
        String digits = value == null ? "" : value.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{7}|\\d{10}")) {
            throw InvalidInput.of(field, "An FEI number has 7 or 10 digits; \"" + shorten(value) + "\" does not.");
        }
        return digits;
    }

    private static String shorten(String value) {
        String v = value == null ? "" : value.strip();
        return v.length() > 20 ? v.substring(0, 20) + "…" : v;
    }
}
