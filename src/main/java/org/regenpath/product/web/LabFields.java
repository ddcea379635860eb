package org.regenpath.product.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.regenpath.shared.InvalidInput;

/**
 * What the lab and bedside forms show for each field (a label with its unit and an example of what is accepted),
 * and how measured numbers read on a page: "60 mL", "1.2 × 10⁹", never "6E+1" or "1200000000".
 */
public final class LabFields {

    /** One field of a form: a text input, or another input type (a date and time). */
    public record Field(String name, String label, String hint, String inputMode, String type) {

        Field(String name, String label, String hint, String inputMode) {
            this(name, label, hint, inputMode, "text");
        }
    }

    /**
     * When a step happened, for a step recorded after the fact. Optional: blank means it is happening now. Read in
     * the clinic's zone, the zone the lab and bedside pages show times in ({@link #whenItHappened}).
     */
    static final Field HAPPENED_AT = new Field("happenedAt", "When it happened (clinic time)",
            "leave blank if it is happening now; otherwise the date and time it happened, in the clinic's local time", "text",
            "datetime-local");

    static final List<Field> CUSTODY = List.of(
            new Field("location", "Where (room or bench)", "e.g. Processing lab, bench B", "text"),
            HAPPENED_AT,
            new Field("device", "Device", "e.g. the centrifuge's name or serial number", "text"),
            new Field("kitLot", "Kit lot number", "as printed on the processing kit, e.g. BMC-2026-0412", "text"),
            new Field("volumeMl", "Volume (mL)", "in millilitres, e.g. 60 or 7.5", "decimal"),
            new Field("totalNucleatedCells", "Total nucleated cells (TNC)",
                    "a count, e.g. 1200000000, 1,200,000,000 or 1.2e9", "text"),
            new Field("viabilityPercent", "Viability (%)", "0 to 100, e.g. 92.5", "decimal"),
            new Field("cd34PositiveCells", "CD34+ cells", "a count, e.g. 3500000 or 3.5e6", "text"),
            new Field("notes", "Notes", "anything the next person should know", "text"));

    static final List<Field> BEDSIDE = List.of(
            new Field("location", "Where (room)", "e.g. Procedure room 2", "text"),
            HAPPENED_AT,
            new Field("volumeMl", "Volume injected (mL)", "in millilitres, at most the planned dose, e.g. 4", "decimal"),
            new Field("notes", "Notes", "optional", "text"));

    /**
     * The time a person typed for when a step happened ({@code 2026-12-07T09:30}, as a browser's date-and-time
     * input sends it, or with a space), read in the clinic's zone, as the pages show times; {@code null} when left blank.
     *
     * @throws InvalidInput naming the field when it is not a date and time
     */
    static Instant whenItHappened(String text, java.time.ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip().replace(' ', 'T')).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(HAPPENED_AT.name(), "Not a date and time: write e.g. 2026-12-07 09:30, or leave"
                    + " it blank if it is happening now");
        }
    }

    private static final String[] SUPERSCRIPT = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};

    /** A volume as people write it: "60", "7.5" (no exponent, no trailing zeros). */
    public String volume(BigDecimal ml) {
        return ml == null ? "" : ml.stripTrailingZeros().toPlainString();
    }

    /** A percentage without exponent or trailing zeros: "92.5". */
    public String percent(BigDecimal value) {
        return volume(value);
    }

    /** A cell count: below a million in full with separators, else in scientific notation, "1.2 × 10⁹". */
    public String cells(Long count) {
        if (count == null) {
            return "";
        }
        if (count < 1_000_000) {
            return String.format(Locale.ENGLISH, "%,d", count);
        }
        int exponent = (int) Math.floor(Math.log10(count));
        BigDecimal mantissa = BigDecimal.valueOf(count).movePointLeft(exponent)
                .round(new MathContext(3)).stripTrailingZeros();
        if (mantissa.compareTo(BigDecimal.TEN) >= 0) {
            mantissa = mantissa.movePointLeft(1);
            exponent++;
        }
        StringBuilder power = new StringBuilder();
        for (char digit : Integer.toString(exponent).toCharArray()) {
            power.append(SUPERSCRIPT[digit - '0']);
        }
        return mantissa.toPlainString() + " × 10" + power;
    }
}
