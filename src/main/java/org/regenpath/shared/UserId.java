package org.regenpath.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a user account (staff now, patients with the portal). */
public record UserId(@JsonValue long value) {

    @JsonCreator
    public static UserId of(long value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
