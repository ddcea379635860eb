package org.regenpath.product;

/**
 * The ISO/IEC 7064 Mod 37-2 check character, as ISBT 128 uses it for the Donation Identification Number's
 * keyboard-entry check character and its type 3 flag (JPAC UK Red Book, Annex 2; see
 * {@code shared/reference/clinical-standards.md} section 5a):
 * <ol>
 *   <li>map each character to a value: {@code 0}-{@code 9} to 0-9, {@code A}-{@code Z} to 10-35, {@code *} to 36;
 *   <li>multiply each value by 2<sup>n</sup>, n being its position counted from the right, the rightmost being 1;
 *   <li>sum, take the sum mod 37, and the check value is (38 - sum) mod 37;
 *   <li>the check character is the character of that value; the ISBT 128 flag is 60 plus the value.
 * </ol>
 * Worked example: {@code G123498654321} gives check value 17, character {@code H}, flags {@code 77}.
 *
 * <p>Because 37 is prime and 2 generates every non-zero residue mod 37, the check catches every single-character
 * substitution and every transposition of two adjacent characters (the property tests show it). Data characters
 * are {@code 0}-{@code 9} and {@code A}-{@code Z}; {@code *} can only be a check character.
 */
public final class Iso7064Mod37_2 {

    /** The 37 characters in value order: data characters are the first 36, check characters all 37. */
    public static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*";

    private static final int MODULUS = 37;
    private static final int DATA_CHARACTERS = 36;
    private static final int FLAG_OFFSET = 60;

    private Iso7064Mod37_2() {
    }

    /**
     * The check value (0-36) of the data.
     *
     * @throws IllegalArgumentException when the data is empty or has a character other than 0-9 and A-Z
     */
    public static int checkValue(String data) {
        int sum = weightedSum(data);
        return (MODULUS + 1 - sum) % MODULUS;
    }

    /** The check character of the data, e.g. {@code H} for {@code G123498654321}. */
    public static char checkCharacter(String data) {
        return ALPHABET.charAt(checkValue(data));
    }

    /** The ISBT 128 type 3 flag value (60-96) of the data, e.g. 77 for {@code G123498654321}. */
    public static int flagValue(String data) {
        return FLAG_OFFSET + checkValue(data);
    }

    /**
     * True when the last character is the check character of the ones before it. False for anything malformed:
     * too short, lower case, or a character outside the alphabet.
     */
    public static boolean isValid(String dataWithCheck) {
        if (dataWithCheck == null || dataWithCheck.length() < 2) {
            return false;
        }
        String data = dataWithCheck.substring(0, dataWithCheck.length() - 1);
        if (!isData(data)) {
            return false;
        }
        int check = ALPHABET.indexOf(dataWithCheck.charAt(dataWithCheck.length() - 1));
        return check >= 0 && check == checkValue(data);
    }

    /** True when every character is a data character (0-9, A-Z) and there is at least one. */
    public static boolean isData(String data) {
        if (data == null || data.isEmpty()) {
            return false;
        }
        for (int i = 0; i < data.length(); i++) {
            int v = ALPHABET.indexOf(data.charAt(i));
            if (v < 0 || v >= DATA_CHARACTERS) {
                return false;
            }
        }
        return true;
    }

    /** Sum of value x 2^n mod 37, rightmost n = 1, by Horner's rule so nothing overflows. */
    private static int weightedSum(String data) {
        if (!isData(data)) {
            throw new IllegalArgumentException("Mod 37-2 data must be 0-9 and A-Z: " + data);
        }
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            sum = ((sum + ALPHABET.indexOf(data.charAt(i))) * 2) % MODULUS;
        }
        return sum;
    }
}
