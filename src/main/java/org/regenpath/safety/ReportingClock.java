package org.regenpath.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A reporting clock that an adverse event started: the duty, when the clinic first knew, and the deadline as the
 * clinic's calendar date. Day 0 is the clinic's date (in its own zone) on which it first knew; the deadline is day
 * {@code rule.days()}, and the report is on time if it is sent before that day ends in the clinic's zone, which is
 * {@link #endsAt()}. Counting dates, not 24-hour periods, means a clock that crosses a daylight-saving change is
 * still the stated number of calendar days, 23 or 25 hours shorter or longer than the same number of UTC days.
 *
 * @param rule the duty
 * @param firstKnownAt when the clinic first knew
 * @param zone the clinic's zone
 * @param dayZero the clinic's date at {@code firstKnownAt}
 * @param deadline the last calendar day on which the report is on time
 * @param endsAt the first instant after the deadline day, in the clinic's zone (a report at or after it is late)
 */
public record ReportingClock(ReportingClockRule rule, Instant firstKnownAt, ZoneId zone, LocalDate dayZero,
        LocalDate deadline, Instant endsAt) {

    /** How many days before the deadline a clock counts as due soon. */
    public static final int DUE_SOON_DAYS = 3;

    /** Where a clock stands on a given clinic day. */
    public enum Standing {
        OPEN("Open"),
        DUE_SOON("Due soon"),
        OVERDUE("Overdue");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Starts a clock for {@code rule} at {@code firstKnownAt}, counting in {@code zone}. */
    static ReportingClock start(ReportingClockRule rule, Instant firstKnownAt, ZoneId zone) {
        LocalDate dayZero = LocalDate.ofInstant(firstKnownAt, zone);
        LocalDate deadline = dayZero.plusDays(rule.days());
        // atStartOfDay takes the first instant that exists, so a zone whose midnight falls in a gap still works.
        Instant endsAt = deadline.plusDays(1).atStartOfDay(zone).toInstant();
        return new ReportingClock(rule, firstKnownAt, zone, dayZero, deadline, endsAt);
    }

    /** Calendar days left until the deadline on the clinic's date {@code today}: 0 on the day, negative after it. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }

    /** Where the clock stands at {@code now}, on the clinic's own date. */
    public Standing standing(Instant now) {
        if (!now.isBefore(endsAt)) {
            return Standing.OVERDUE;
        }
        return daysLeft(LocalDate.ofInstant(now, zone)) < DUE_SOON_DAYS ? Standing.DUE_SOON : Standing.OPEN;
    }
}
