package org.regenpath.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.regenpath.shared.PatientId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HIPAA Safe Harbor rules of 45 CFR 164.514(b)(2)(i) that the research export applies to what it keeps of a
 * patient: ages over 89 grouped ((C)), ZIP codes cut to three digits with the 20,000-population rule
 * ((B)), and dates either cut to the year ((C)) or shifted per patient by a keyed, secret offset. Pure.
 *
 * <p>The three-digit areas reported as {@code 000} are the HHS guidance's table from the 2000 Census, shipped with
 * its source in {@value #RESTRICTED_FILE}.
 */
final class SafeHarbor {

    static final String RESTRICTED_FILE = "clinical/regulatory/safe-harbor-restricted-zip3.json";

    /** How an age of 90 or more is reported: (C) groups all ages over 89 into one category. */
    static final String NINETY_OR_OLDER = "90 or older";

    /** A shift moves a patient's dates by 1 to this many days, earlier or later, never 0. */
    static final int MAX_SHIFT_DAYS = 182;

    private static final Pattern US_ZIP = Pattern.compile("(\\d{5})(-?\\d{4})?");
    private static final Set<String> RESTRICTED = load();

    private SafeHarbor() {}

    /** The three-digit areas of 20,000 or fewer people, as shipped. */
    static Set<String> restrictedZip3() {
        return RESTRICTED;
    }

    /**
     * The age on a day as the export reports it: whole years up to 89, {@link #NINETY_OR_OLDER} from 90.
     */
    static String age(LocalDate born, LocalDate on) {
        int years = Period.between(born, on).getYears();
        return years >= 90 ? NINETY_OR_OLDER : Integer.toString(Math.max(years, 0));
    }

    /**
     * The first three digits of a US ZIP code ({@code 12345} or {@code 12345-6789}), {@code 000} for the restricted
     * areas, and {@code null} for anything else (no ZIP, or a postal code that is not a US ZIP code: dropped).
     */
    static String zip3(String postalCode) {
        if (postalCode == null) {
            return null;
        }
        var m = US_ZIP.matcher(postalCode.strip());
        if (!m.matches()) {
            return null;
        }
        String prefix = m.group(1).substring(0, 3);
        return RESTRICTED.contains(prefix) ? "000" : prefix;
    }

    /**
     * The number of days a patient's dates are moved by: from an HMAC-SHA256 of the patient's id under the clinic's
     * secret, so it is the same for every date of the patient (intervals are kept) and in every export, and cannot
     * be worked out without the secret. Between -{@value #MAX_SHIFT_DAYS} and {@value #MAX_SHIFT_DAYS}, never 0.
     */
    static int shiftDays(byte[] secret, PatientId patient) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(("registry-date-shift:" + patient.value()).getBytes(StandardCharsets.UTF_8));
            int n = (int) Math.floorMod(ByteBuffer.wrap(digest, 0, Long.BYTES).getLong(), 2L * MAX_SHIFT_DAYS);
            return n < MAX_SHIFT_DAYS ? -(n + 1) : n - MAX_SHIFT_DAYS + 1;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static Set<String> load() {
        try (InputStream in = SafeHarbor.class.getClassLoader().getResourceAsStream(RESTRICTED_FILE)) {
            if (in == null) {
                throw new IllegalStateException(RESTRICTED_FILE + " is missing");
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Set<String> codes = new LinkedHashSet<>();
            for (JsonNode code : root.get("restricted")) {
                String value = code.asString();
                if (!value.matches("\\d{3}")) {
                    throw new IllegalStateException(RESTRICTED_FILE + ": \"" + value + "\" is not three digits");
                }
                codes.add(value);
            }
            return Set.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
