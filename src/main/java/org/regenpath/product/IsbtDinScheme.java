package org.regenpath.product;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ISBT 128 Donation Identification Numbers (Data Structure 001), for a site licensed by ICCBBA that labels
 * its products with its own DINs. Only the public structure and check character are implemented; no ICCBBA
 * table is shipped (the standard and its databases may not be redistributed; see
 * {@code shared/reference/clinical-standards.md} section 5a). The DIN comes from the site's licensed labels: scan
 * it at collection and record the product under it.
 *
 * <p>Two forms are accepted:
 * <ul>
 *   <li>the barcode: {@code =}, the 13-character DIN ({@code αpppp} facility, {@code yy} year, {@code nnnnnn}
 *       sequence) and two flag digits. Flags 60-96 carry the Mod 37-2 check value plus 60 and must match; flags
 *       00-59 carry no check (the barcode symbology's own check protects the scan); 97-99 are refused;
 *   <li>eye-readable keyboard entry: the DIN followed by its check character K, e.g. {@code G123498654321H}.
 * </ul>
 * The identifier is the DIN with its check character; the flags (e.g. container numbers) are not part of it.
 */
public final class IsbtDinScheme implements IdentifierScheme {

    public static final String NAME = "ISBT128_DIN";

    /** Facility: A-N, P-Z or 1-9, then four digits; year: two digits; sequence: six digits. */
    private static final String DIN = "([A-NP-Z1-9][0-9]{4}[0-9]{2}[0-9]{6})";
    private static final Pattern BARCODE = Pattern.compile("=" + DIN + "([0-9]{2})");
    private static final Pattern KEYED = Pattern.compile(DIN + "([0-9A-Z*])");
    private static final int LAST_CHECKED_FLAG = 96;
    private static final int FIRST_CHECKED_FLAG = 60;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProductIdentifier parse(String label) {
        String text = RegenpathIdScheme.normalise(label);
        Matcher barcode = BARCODE.matcher(text);
        if (barcode.matches()) {
            return fromBarcode(barcode.group(1), Integer.parseInt(barcode.group(2)));
        }
        Matcher keyed = KEYED.matcher(text);
        if (keyed.matches()) {
            if (!Iso7064Mod37_2.isValid(text)) {
                throw IdentifierScheme.invalidLabel("the check character does not match the DIN");
            }
            return identifier(keyed.group(1));
        }
        throw IdentifierScheme.invalidLabel("not an ISBT 128 donation identification number");
    }

    private static ProductIdentifier fromBarcode(String din, int flags) {
        if (flags > LAST_CHECKED_FLAG) {
            throw IdentifierScheme.invalidLabel("flag value " + flags + " is not defined");
        }
        if (flags >= FIRST_CHECKED_FLAG && flags != Iso7064Mod37_2.flagValue(din)) {
            throw IdentifierScheme.invalidLabel("the check flags do not match the DIN");
        }
        return identifier(din);
    }

    private static ProductIdentifier identifier(String din) {
        return new ProductIdentifier(NAME, din + Iso7064Mod37_2.checkCharacter(din));
    }
}
