package org.regenpath.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.regenpath.shared.DateStyle;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.StaffMember;

/**
 * An adverse event of one patient with every version of it. Like the cell product, it checks every rule before
 * anything is recorded, and it keeps its history: a change appends a version with who made it and when, and the
 * earlier versions stay as they were.
 *
 * @param id the event
 * @param patientId whose
 * @param status draft, open or closed (of the newest version)
 * @param firstKnownAt when the clinic first knew of it (the report it came from, or when it was first recorded)
 * @param versions every version, oldest first; the last is in force
 */
public record AdverseEvent(long id, PatientId patientId, AdverseEventStatus status, Instant firstKnownAt,
        List<Version> versions) {

    static final int MAX_TEXT = 2000;
    static final int MAX_OTHER_TERM = 200;

    public AdverseEvent {
        Objects.requireNonNull(patientId, "patientId");
        if (versions == null || versions.isEmpty()) {
            throw new IllegalArgumentException("An adverse event has at least one version");
        }
        versions = List.copyOf(versions);
    }

    /**
     * One version of the event, never changed once written.
     *
     * @param number 1 for the first, counting up
     * @param status where the event stood with this version
     * @param details what it said
     * @param changedBy who wrote it
     * @param changedAt when
     */
    public record Version(int number, AdverseEventStatus status, AdverseEventDetails details, StaffMember changedBy,
            Instant changedAt) {}

    /** The version in force. */
    public Version current() {
        return versions.get(versions.size() - 1);
    }

    /** What the version in force says. */
    public AdverseEventDetails details() {
        return current().details();
    }

    /**
     * What a change needs to know besides the input.
     *
     * @param terms the term catalog
     * @param today the clinic's day (an onset or a resolution cannot be later)
     * @param procedureDay the clinic's day of the linked procedure, or {@code null} when none is linked
     * @param byClinician whether a clinician makes the change (only a clinician grades, judges and closes)
     */
    record Rules(AdverseEventTerms terms, LocalDate today, LocalDate procedureDay, boolean byClinician) {}

    /**
     * Checks an input against every rule of the record and returns the status and details it would write.
     *
     * @param errors errors the caller already found (an unknown procedure or product); reported with the rest
     * @throws InvalidInput naming every wrong field
     */
    static Checked check(AdverseEventInput in, Rules rules, Map<String, String> errors) {
        Map<String, String> e = new LinkedHashMap<>(errors);
        AdverseEventTerm term = term(in, rules, e);
        String description = text(in.description(), MAX_TEXT, "description", e);
        if (description.isEmpty()) {
            e.put("description", "Describe what happened");
        }
        dates(in, rules, e);
        if (in.detection() == null) {
            e.put("detection", "Say how the clinic learned of it");
        }
        String action = text(in.actionTaken(), MAX_TEXT, "actionTaken", e);
        AdverseEventStatus status = judgement(in, rules, term, e);
        if (!e.isEmpty()) {
            throw new InvalidInput(e);
        }
        String other = term.freeText() ? in.otherTerm().strip() : null;
        return new Checked(status, new AdverseEventDetails(in.procedureId(), blankToNull(in.productId()), term, other,
                description, in.onsetDate(), in.grade(), in.seriousness(), in.harvestRelatedness(),
                in.injectionRelatedness(), in.productRelatedness(), in.expected(), action, in.outcome(),
                in.resolvedOn(), in.detection()));
    }

    /** What a checked input writes. */
    record Checked(AdverseEventStatus status, AdverseEventDetails details) {}

    private static AdverseEventTerm term(AdverseEventInput in, Rules rules, Map<String, String> e) {
        AdverseEventTerm term = rules.terms().byKey(in.term()).orElse(null);
        if (term == null) {
            e.put("term", "Choose the term from the list");
            return rules.terms().byKey("other").orElseThrow();
        }
        if (term.freeText()) {
            String other = text(in.otherTerm(), MAX_OTHER_TERM, "otherTerm", e);
            if (other.isEmpty()) {
                e.put("otherTerm", "Name the event in a few words");
            }
        }
        return term;
    }

    private static void dates(AdverseEventInput in, Rules rules, Map<String, String> e) {
        if (in.onsetDate() == null) {
            e.put("onsetDate", "Give the day it began");
        } else if (in.onsetDate().isAfter(rules.today())) {
            e.put("onsetDate", "Cannot be in the future");
        } else if (rules.procedureDay() != null && in.onsetDate().isBefore(rules.procedureDay())) {
            e.put("onsetDate", "Cannot be before the procedure it follows ("
                    + DateStyle.day(rules.procedureDay(), ZoneOffset.UTC) + ")");
        }
        if (in.resolvedOn() != null) {
            if (in.resolvedOn().isAfter(rules.today())) {
                e.put("resolvedOn", "Cannot be in the future");
            } else if (in.onsetDate() != null && in.resolvedOn().isBefore(in.onsetDate())) {
                e.put("resolvedOn", "Cannot be before the onset");
            }
        }
    }

    /**
     * The clinician's judgement: grade, seriousness, relatedness, expectedness and closing. A coordinator's entry is
     * a draft that carries none of it.
     */
    private static AdverseEventStatus judgement(AdverseEventInput in, Rules rules, AdverseEventTerm term,
            Map<String, String> e) {
        if (!rules.byClinician()) {
            return AdverseEventStatus.DRAFT;
        }
        if (in.grade() == null) {
            e.put("grade", "Grade the event (CTCAE grade " + term.gradeRange() + ")");
        } else if (in.grade() < 1 || in.grade() > 5) {
            e.put("grade", "CTCAE grades run from 1 to 5");
        } else if (!term.allows(in.grade())) {
            e.put("grade", "CTCAE allows grade " + term.gradeRange() + " for " + term.ctcaeTerm());
        } else if (in.grade() == 5 && !in.seriousness().contains(SeriousnessCriterion.DEATH)) {
            e.put("seriousness", "A grade 5 event resulted in death: tick that criterion");
        }
        if (!in.seriousness().isEmpty()) {
            relatedness(in.harvestRelatedness(), "harvestRelatedness", "harvest", e);
            relatedness(in.injectionRelatedness(), "injectionRelatedness", "injection", e);
            relatedness(in.productRelatedness(), "productRelatedness", "product", e);
        }
        if (in.expected() == null) {
            e.put("expected", "Say whether the consent document named this risk");
        }
        if (in.closed() && in.outcome() == null) {
            e.put("outcome", "Give the outcome before closing the event");
        }
        if (in.outcome() != null && in.outcome().resolved() && in.resolvedOn() == null && in.closed()) {
            e.putIfAbsent("resolvedOn", "Give the day it resolved");
        }
        return in.closed() ? AdverseEventStatus.CLOSED : AdverseEventStatus.OPEN;
    }

    private static void relatedness(Relatedness r, String field, String part, Map<String, String> e) {
        if (r == null) {
            e.put(field, "A serious event needs the relatedness to the " + part + " (unrelated is a choice)");
        }
    }

    private static String text(String value, int max, String field, Map<String, String> e) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            e.put(field, "At most " + max + " characters");
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
