package org.regenpath.product;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How messages for people show an instant: to the minute, in UTC, and saying so. */
final class Moments {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Moments() {}

    static String show(Instant instant) {
        return FORMAT.format(instant);
    }
}
