package org.regenpath.identity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.DateStyle;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one date style ({@link DateStyle}) for templates, as {@code ${@dates.day(x)}}: dates with the year, times in
 * the signed-in person's clinic's zone with its abbreviation. Staff see their clinic's zone, a patient their own
 * clinic's; a page without a signed-in person passes the zone ({@code ${@dates.time(x, zone)}}).
 */
@Component("dates")
public class Dates {

    private static final String ZONE = Dates.class.getName() + ".zone";

    private final ClinicClock zones;

    Dates(ClinicClock zones) {
        this.zones = zones;
    }

    /** "7 Dec 2026". */
    public String day(Object value) {
        return DateStyle.day(value, zone());
    }

    /** "Monday 7 Dec 2026". */
    public String weekday(Object value) {
        return DateStyle.weekday(value, zone());
    }

    /** "7 December 2026", for the portal and letters. */
    public String longDay(Object value) {
        return DateStyle.longDay(value, zone());
    }

    /** "7 Dec 2026, 18:30 EST". */
    public String time(Object value) {
        return DateStyle.time(value, zone());
    }

    /** "7 Dec 2026, 18:30 EST" in the given zone. */
    public String time(Object value, ZoneId zone) {
        return DateStyle.time(value, zone);
    }

    /** "7 December 2026, 18:30 EST" in the given zone. */
    public String longTime(Object value, ZoneId zone) {
        return DateStyle.longTime(value, zone);
    }

    /** "7 Dec 2026, 18:30:05 EST". */
    public String seconds(Object value) {
        return DateStyle.seconds(value, zone());
    }

    /** "7 Dec 2026 – 5 Feb 2027", or one date for a one-day window. */
    public String window(LocalDate from, LocalDate to) {
        return DateStyle.window(from, to);
    }

    /** The signed-in person's clinic's local date. */
    public LocalDate today() {
        return zones.today(clinic());
    }

    /** The signed-in person's clinic's zone; UTC when nobody is signed in. Looked up once per request. */
    public ZoneId zone() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ZONE, RequestAttributes.SCOPE_REQUEST) instanceof ZoneId z) {
            return z;
        }
        ClinicId clinic = clinic();
        ZoneId zone = clinic == null ? ZoneOffset.UTC : zones.zoneOf(clinic);
        if (request != null) {
            request.setAttribute(ZONE, zone, RequestAttributes.SCOPE_REQUEST);
        }
        return zone;
    }

    private static ClinicId clinic() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedIn p ? p.actor(null).clinicId() : null;
    }
}
