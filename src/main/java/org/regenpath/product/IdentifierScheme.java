package org.regenpath.product;

import org.regenpath.shared.InvalidInput;

/**
 * How a clinic identifies its products. The default, {@link RegenpathIdScheme}, issues its own identifiers; a site
 * licensed for ISBT 128 uses its Donation Identification Numbers instead ({@link IsbtDinScheme}). Both carry an
 * ISO/IEC 7064 Mod 37-2 check character, so a mistyped or misread label is refused before anyone looks up a
 * product.
 */
public interface IdentifierScheme {

    /** The scheme's name, stored with every identifier it reads. */
    String name();

    /**
     * Reads a label as scanned (a USB scanner types like a keyboard) or typed. Spaces and hyphens are ignored and
     * letters may be lower case.
     *
     * @throws InvalidInput under the field {@code label}, with a message that ends "rescan", when the text is not
     *     a valid identifier of this scheme, e.g. its check character does not match
     */
    ProductIdentifier parse(String label);

    /** The message for a label that is not valid, in the words the bedside screen shows. */
    static InvalidInput invalidLabel(String why) {
        return InvalidInput.of("label", "This is not a valid product label (" + why + "). Rescan the label, or type"
                + " the id printed under the barcode.");
    }
}
