package org.regenpath.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.regenpath.shared.DateStyle;

/**
 * What Regenpath holds for one adverse event report, as {@link Form3500aDraft} puts it on the form. Any value may be
 * {@code null} when it was not recorded for this event; the draft then marks the block to be completed by hand.
 * {@link #values()} names each fact by the key {@code clinical/safety/fda-3500a-fields.json} uses.
 *
 * @param patient who
 * @param event what happened
 * @param product what was injected, and how
 * @param reporter who first reported it, and the clinic
 * @param clock the reporting clock the report answers, or {@code null} for a voluntary report
 * @param draftedOn the clinic's date on which the draft was made
 * @param zone the clinic's time zone
 */
public record Form3500aFacts(Patient patient, Event event, Product product, Reporter reporter, ReportingClock clock,
        LocalDate draftedOn, ZoneId zone) {

    /** The keys of the facts this record provides, in the order of {@link #values()}. */
    public static final Set<String> KEYS = Set.of("patient.initials", "patient.age", "patient.sex", "report.kind",
            "event.outcomes", "event.onset", "report.date", "event.description", "product.name", "procedure.route",
            "procedure.date", "procedure.indication", "product.lot", "product.expiry", "product.identifier",
            "reporter.name", "reporter.healthProfessional", "reporter.occupation", "clinic.name", "report.source",
            "clock.firstKnown", "regulatory.applicationNumber", "report.type", "event.term");

    /** The form's own date style, e.g. 08-Dec-2026 ("dd-mmm-yyyy"). */
    private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);

    /**
     * @param initials initials or a code, never the name
     * @param ageYears age in years at the time of the event
     * @param sex in words
     */
    public record Patient(String initials, Integer ageYears, String sex) {}

    /**
     * @param onset the clinic's date on which it began
     * @param term the adverse event term in words
     * @param termCode the term's NCI Thesaurus code, e.g. C146753, or {@code null}
     * @param grade the CTCAE grade, or {@code null}
     * @param gradeDefinition the grade's CTCAE definition for the term, or {@code null}
     * @param seriousness the ICH E2A criteria met; empty when not serious
     * @param relatedness the strongest relatedness judged, or {@code null}
     * @param outcome the outcome in words, e.g. "Recovered on 12 Dec 2026", or {@code null}
     * @param narrative the clinician's description, or {@code null}
     * @param firstKnownAt when the clinic first knew
     */
    public record Event(LocalDate onset, String term, String termCode, Integer grade, String gradeDefinition,
            Set<SeriousnessCriterion> seriousness, Relatedness relatedness, String outcome, String narrative,
            Instant firstKnownAt) {

        public Event {
            seriousness = seriousness == null ? Set.of() : Set.copyOf(seriousness);
        }
    }

    /**
     * @param name the product in words (product type and cell source)
     * @param identifier the product's distinct identification code
     * @param lot the processing kit lot, or {@code null}
     * @param expiry when the product expired, or {@code null}
     * @param procedureDate the clinic's date of the injection
     * @param route how and where it was given, e.g. "Intra-articular injection, left knee, 4 mL"
     * @param indication the condition treated
     * @param applicationNumber the IND number, or {@code null}
     */
    public record Product(String name, String identifier, String lot, Instant expiry, LocalDate procedureDate,
            String route, String indication, String applicationNumber) {}

    /**
     * @param name the person who first reported it to the clinic, or {@code null}
     * @param occupation their occupation in words, or {@code null}
     * @param healthProfessional whether they are a health professional, or {@code null} when unknown
     * @param clinic the clinic's name
     * @param source how the clinic learnt of it, in the form's words (e.g. "Health professional", "Consumer")
     */
    public record Reporter(String name, String occupation, Boolean healthProfessional, String clinic, String source) {}

    public Form3500aFacts {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(draftedOn, "draftedOn");
        Objects.requireNonNull(zone, "zone");
    }

    /** Every fact by its key; a value is {@code null} when it was not recorded. */
    public Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("patient.initials", patient.initials());
        v.put("patient.age", patient.ageYears() == null ? null : patient.ageYears() + " years");
        v.put("patient.sex", patient.sex());
        v.put("report.kind", "Adverse event");
        v.put("event.outcomes", event.seriousness().isEmpty() ? "None of the serious outcomes"
                : event.seriousness().stream().sorted().map(SeriousnessCriterion::label)
                        .collect(Collectors.joining("; ")));
        v.put("event.onset", date(event.onset()));
        v.put("report.date", date(draftedOn));
        v.put("event.description", description());
        v.put("product.name", product.name());
        v.put("procedure.route", product.route());
        v.put("procedure.date", date(product.procedureDate()));
        v.put("procedure.indication", product.indication());
        v.put("product.lot", product.lot());
        v.put("product.expiry", product.expiry() == null ? null : DateStyle.time(product.expiry(), zone));
        v.put("product.identifier", product.identifier());
        v.put("reporter.name", reporter.name() == null ? null : reporter.name() + ", " + reporter.clinic());
        v.put("reporter.healthProfessional", reporter.healthProfessional() == null ? null
                : reporter.healthProfessional() ? "Yes" : "No");
        v.put("reporter.occupation", reporter.occupation());
        v.put("clinic.name", reporter.clinic());
        v.put("report.source", reporter.source());
        v.put("clock.firstKnown", event.firstKnownAt() == null ? null
                : date(LocalDate.ofInstant(event.firstKnownAt(), zone)) + " (" + DateStyle.time(event.firstKnownAt(),
                        zone) + ")");
        v.put("regulatory.applicationNumber", product.applicationNumber() == null ? null
                : "IND " + product.applicationNumber());
        v.put("report.type", clock == null ? null : "Initial; " + clock.rule().days() + "-day report ("
                + clock.rule().citation() + "), due by " + date(clock.deadline()));
        v.put("event.term", event.term() == null ? null
                : event.term() + (event.termCode() == null ? "" : " (NCI Thesaurus " + event.termCode() + ")"));
        return v;
    }

    private String description() {
        if (event.term() == null && event.narrative() == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        if (event.term() != null) {
            b.append(event.term());
            if (event.grade() != null) {
                b.append(", CTCAE grade ").append(event.grade());
                if (event.gradeDefinition() != null) {
                    b.append(" (").append(event.gradeDefinition()).append(')');
                }
            }
            b.append(". ");
        }
        if (event.relatedness() != null) {
            b.append("Relatedness: ").append(event.relatedness().label().toLowerCase(Locale.ENGLISH)).append(". ");
        }
        if (event.outcome() != null) {
            b.append("Outcome: ").append(event.outcome()).append(". ");
        }
        if (event.narrative() != null) {
            b.append(event.narrative());
        }
        return b.toString().trim();
    }

    private static String date(LocalDate d) {
        return d == null ? null : FORM_DATE.format(d);
    }
}
