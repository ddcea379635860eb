package org.regenpath.shared;

/** Identifies a user account (staff now, patients with the portal). */
public record UserId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
