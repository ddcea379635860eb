package org.regenpath.product;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Regenpath's own product identifiers: {@code RP}, ten random characters and an ISO/IEC 7064 Mod 37-2 check
 * character, e.g. {@code RP7KQ2M9XH4TC}. Nothing in it comes from the patient or the clinic, so it carries no PHI
 * (21 CFR 1271.290(c)) and stays the same if the product moves between clinics. The random characters leave out
 * {@code I} and {@code O}, which are easily read as 1 and 0; the check character may be any of the 37 Mod 37-2
 * characters, {@code *} included (Code 128 and DataMatrix encode it).
 *
 * <p>34<sup>10</sup> (about 2 x 10<sup>15</sup>) identifiers make a clash unlikely, not impossible: the
 * persistence layer must keep identifiers unique and draw again on a clash.
 */
public final class RegenpathIdScheme implements IdentifierScheme {

    public static final String NAME = "REGENPATH";
    static final String PREFIX = "RP";
    static final String BODY_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int BODY_LENGTH = 10;
    static final int LENGTH = PREFIX.length() + BODY_LENGTH + 1;

    private final RandomGenerator random;

    /** Draws from a {@link SecureRandom}, so identifiers cannot be predicted from earlier ones. */
    public RegenpathIdScheme() {
        this(new SecureRandom());
    }

    /** Draws from the given generator; tests pass a seeded one. */
    public RegenpathIdScheme(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public String name() {
        return NAME;
    }

    /** A new identifier for a product being collected. */
    public ProductIdentifier next() {
        StringBuilder data = new StringBuilder(PREFIX);
        for (int i = 0; i < BODY_LENGTH; i++) {
            data.append(BODY_ALPHABET.charAt(random.nextInt(BODY_ALPHABET.length())));
        }
        return new ProductIdentifier(NAME, data.toString() + Iso7064Mod37_2.checkCharacter(data.toString()));
    }

    @Override
    public ProductIdentifier parse(String label) {
        String text = normalise(label);
        if (text.length() != LENGTH) {
            throw IdentifierScheme.invalidLabel("a Regenpath id has " + LENGTH + " characters, this has "
                    + text.length());
        }
        if (!text.startsWith(PREFIX)) {
            throw IdentifierScheme.invalidLabel("a Regenpath id starts with " + PREFIX);
        }
        for (int i = PREFIX.length(); i < LENGTH - 1; i++) {
            if (BODY_ALPHABET.indexOf(text.charAt(i)) < 0) {
                throw IdentifierScheme.invalidLabel("character " + (i + 1) + " cannot be '" + text.charAt(i) + "'");
            }
        }
        if (!Iso7064Mod37_2.isValid(text)) {
            throw IdentifierScheme.invalidLabel("the check character does not match");
        }
        return new ProductIdentifier(NAME, text);
    }

    static String normalise(String label) {
        return label == null ? "" : label.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
