package org.regenpath.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A one-time invitation secret: 32 random bytes (256 bits) from {@link SecureRandom}, URL-safe Base64 without
 * padding (43 characters). Only its SHA-256 is stored, so a copy of the database cannot be turned into working
 * links; a plain hash suffices because the token has full entropy (no guessing to slow down, unlike passwords).
 *
 * @param value the token as it appears in the link
 * @param hash the lower-case hex SHA-256 of {@code value}, as stored
 */
record InvitationToken(String value, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    static InvitationToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new InvitationToken(value, hashOf(value));
    }

    /** True when {@code value} could be a token at all; anything else is not looked up. */
    static boolean wellFormed(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    static String hashOf(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
