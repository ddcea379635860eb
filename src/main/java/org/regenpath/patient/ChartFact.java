package org.regenpath.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * One fact of where a patient stands, for the chart's overview and the printable chart summary: "Candidacy
 * decision: Eligible, 2 Dec 2026 (Dr Ada Okafor)". The module that owns the fact words it.
 *
 * @param order where it goes in the overview: screening first, follow-up last (see the constants)
 * @param key a stable key, for the page's element ids and tests
 * @param label what it is
 * @param text what it says, dates with their year
 * @param attention true when staff should look at it (consent withdrawn, a problem the patient reported)
 */
public record ChartFact(int order, String key, String label, String text, boolean attention) {

    /** Screening and the candidacy decision (intake). */
    public static final int INTAKE = 100;
    /** The treatment plan and consent (planning). */
    public static final int PLANNING = 200;
    /** The procedure (procedure). */
    public static final int PROCEDURE = 300;
    /** Follow-up and problem reports (follow-up). */
    public static final int FOLLOWUP = 400;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public ChartFact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }

    /** A fact that needs no attention. */
    public static ChartFact of(int order, String key, String label, String text) {
        return new ChartFact(order, key, label, text, false);
    }

    /** A date as every chart fact writes it, with the year ("7 Dec 2026"); "not set" for none. */
    public static String day(LocalDate date) {
        return date == null ? "not set" : DAY.format(date);
    }

    /** The day of an instant in the clinic's zone, as every chart fact writes it. */
    public static String day(Instant at, java.time.ZoneId zone) {
        return at == null ? "not set" : day(LocalDate.ofInstant(at, zone));
    }
}
