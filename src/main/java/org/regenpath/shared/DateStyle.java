package org.regenpath.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one style in which people read dates: always with the year ("7 Dec 2026"), times in the clinic's zone with
 * the zone's abbreviation ("7 Dec 2026, 18:30 EST"), windows as "7 Dec 2026 – 5 Feb 2027" and a one-day window as
 * its one date. Pages reach it through identity's {@code dates} bean, e-mails and PDFs directly, with the clinic's
 * zone. English month names, as the rest of the product text; the abbreviation is the US one ("EST", "PDT").
 */
public final class DateStyle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.US);
    private static final DateTimeFormatter LONG_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm zzz", Locale.US);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss zzz", Locale.US);
    private static final String DASH = " \u2013 ";

    private DateStyle() {}

    /** "7 Dec 2026"; an instant or offset time is first moved to {@code zone}. Empty for null. */
    public static String day(Object value, ZoneId zone) {
        return format(value, zone, DAY);
    }

    /** "Monday 7 Dec 2026", for day lists where the weekday matters. */
    public static String weekday(Object value, ZoneId zone) {
        return format(value, zone, WEEKDAY);
    }

    /** "7 December 2026", for letters, e-mails and the portal. */
    public static String longDay(Object value, ZoneId zone) {
        return format(value, zone, LONG_DAY);
    }

    /** "7 Dec 2026, 18:30 EST": an instant in the clinic's zone, with the zone's abbreviation. */
    public static String time(Object value, ZoneId zone) {
        return format(value, zone, TIME);
    }

    /** "7 December 2026, 18:30 EST". */
    public static String longTime(Object value, ZoneId zone) {
        return format(value, zone, LONG_TIME);
    }

    /** "7 Dec 2026, 18:30:05 EST", where the order of events within a minute matters (the audit trail). */
    public static String seconds(Object value, ZoneId zone) {
        return format(value, zone, SECONDS);
    }

    /** "7 Dec 2026 – 5 Feb 2027"; a one-day window is its one date; an open end reads "from 7 Dec 2026". */
    public static String window(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "";
        }
        if (to == null) {
            return "from " + DAY.format(from);
        }
        if (from == null) {
            return "until " + DAY.format(to);
        }
        return from.equals(to) ? DAY.format(from) : DAY.format(from) + DASH + DAY.format(to);
    }

    private static String format(Object value, ZoneId zone, DateTimeFormatter style) {
        if (value == null) {
            return "";
        }
        ZoneId z = zone == null ? ZoneId.of("UTC") : zone;
        TemporalAccessor t;
        if (value instanceof Instant i) {
            t = i.atZone(z);
        } else if (value instanceof OffsetDateTime o) {
            t = o.atZoneSameInstant(z);
        } else if (value instanceof ZonedDateTime zd) {
            t = zd.withZoneSameInstant(z);
        } else if (value instanceof LocalDateTime l) {
            t = l.atZone(z);
        } else if (value instanceof LocalDate d) {
            t = style == DAY || style == LONG_DAY ? d : d.atStartOfDay(z);
        } else {
            throw new IllegalArgumentException("Not a date or time: " + value.getClass().getSimpleName());
        }
        return style.format(t);
    }
}
