package org.regenpath.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Each clinic's own time zone, and the clinic's "day" computed in it. A clinic in New York at 23:30 local time is
 * still on today, although UTC is already on tomorrow: every day a module computes (procedure day, follow-up
 * windows, reminders, the dashboard's "today", chronicity, date range searches) is the clinic's local date.
 * Instants stay stored in UTC. Identity implements it from the clinic table; it lives here so modules below identity
 * (audit) can use it too. See docs/decisions/0023.
 */
public interface ClinicZones {

    /** The clinic's IANA time zone; UTC for a clinic that does not exist. */
    ZoneId zoneOf(ClinicId clinic);

    /** The clinic's local date now, by the application's clock. */
    LocalDate today(ClinicId clinic);

    /** The clinic's local date of an instant. */
    default LocalDate dayOf(ClinicId clinic, Instant at) {
        return LocalDate.ofInstant(at, zoneOf(clinic));
    }

    /** The first instant of a local day in the clinic (after a gap at midnight, the first instant that exists). */
    default Instant startOf(ClinicId clinic, LocalDate day) {
        return day.atStartOfDay(zoneOf(clinic)).toInstant();
    }
}
