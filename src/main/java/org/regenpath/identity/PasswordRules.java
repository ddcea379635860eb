package org.regenpath.identity;

import org.regenpath.shared.InvalidInput;

/** Password length per OWASP ASVS 2.1.1/2.1.2 (12 to 128 characters), for staff and patients alike. */
final class PasswordRules {

    static final int MIN = 12;
    static final int MAX = 128;

    private PasswordRules() {}

    static void check(String field, String password) {
        if (password == null || password.length() < MIN || password.length() > MAX) {
            throw InvalidInput.of(field, "Use " + MIN + " to " + MAX + " characters");
        }
    }
}
