package org.regenpath.support;

/** Distinct names for test patients: person names allow letters, spaces, hyphens and apostrophes, not digits. */
public final class TestNames {

    private TestNames() {
    }

    /** A number as letters: 0 = A, 25 = Z, 26 = BA. */
    public static String letters(int n) {
        StringBuilder out = new StringBuilder();
        int rest = n;
        do {
            out.insert(0, (char) ('A' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return out.toString();
    }
}
