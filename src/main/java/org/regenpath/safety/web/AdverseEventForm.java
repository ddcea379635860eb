package org.regenpath.safety.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.regenpath.safety.AdverseEventDetails;
import org.regenpath.safety.AdverseEventInput;
import org.regenpath.safety.AdverseEventOutcome;
import org.regenpath.safety.Detection;
import org.regenpath.safety.Relatedness;
import org.regenpath.safety.SeriousnessCriterion;

/**
 * The adverse event form as typed, every field a string, so that a refused form comes back exactly as it was left.
 * Absent fields are null.
 */
record AdverseEventForm(String triageItem, String procedureId, String productId, String term, String otherTerm,
        String description, String onsetDate, String grade, List<String> seriousness, String harvestRelatedness,
        String injectionRelatedness, String productRelatedness, String expected, String actionTaken,
        String outcome, String resolvedOn, String detection, String closed) {

    /** Each field's label, in form order, as the page shows it next to the field and in the summary. */
    static final Map<String, String> LABELS = labels();

    static AdverseEventForm empty() {
        return new AdverseEventForm(null, null, null, null, null, null, null, null, List.of(), null, null, null,
                null, null, null, null, null, null);
    }

    /** The form for a version, to edit it. */
    static AdverseEventForm of(AdverseEventDetails d) {
        return new AdverseEventForm(null, d.procedureId() == null ? null : d.procedureId().toString(),
                d.productId(), d.term().key(), d.otherTerm(), d.description(), d.onsetDate().toString(),
                d.grade() == null ? null : d.grade().toString(), d.seriousness().stream().map(Enum::name).toList(),
                name(d.harvestRelatedness()), name(d.injectionRelatedness()), name(d.productRelatedness()),
                d.expected() == null ? null : d.expected() ? "yes" : "no", d.actionTaken(), name(d.outcome()),
                d.resolvedOn() == null ? null : d.resolvedOn().toString(), name(d.detection()), null);
    }

    /** Whether a criterion is ticked. */
    public boolean ticked(String criterion) {
        return seriousness != null && seriousness.contains(criterion);
    }

    /** The input for the service, with what could not be read put on {@code errors} by field. */
    AdverseEventInput toInput(Map<String, String> errors) {
        Set<SeriousnessCriterion> criteria = EnumSet.noneOf(SeriousnessCriterion.class);
        for (String c : seriousness == null ? List.<String>of() : seriousness) {
            SeriousnessCriterion read = choice(SeriousnessCriterion.class, c, "seriousness", errors);
            if (read != null) {
                criteria.add(read);
            }
        }
        Integer g = null;
        if (!blank(grade)) {
            try {
                g = Integer.valueOf(grade.strip());
            } catch (NumberFormatException e) {
                errors.put("grade", "Choose a grade from 1 to 5");
            }
        }
        return new AdverseEventInput(number("procedureId", errors), productId, term, otherTerm, description,
                date(onsetDate, "onsetDate", errors), g, criteria,
                choice(Relatedness.class, harvestRelatedness, "harvestRelatedness", errors),
                choice(Relatedness.class, injectionRelatedness, "injectionRelatedness", errors),
                choice(Relatedness.class, productRelatedness, "productRelatedness", errors),
                blank(expected) ? null : "yes".equals(expected), actionTaken,
                choice(AdverseEventOutcome.class, outcome, "outcome", errors), date(resolvedOn, "resolvedOn", errors),
                choice(Detection.class, detection, "detection", errors), !blank(closed));
    }

    /** The service's field errors with the form's own, in form order. */
    static Map<String, String> byField(Map<String, String> serviceErrors, Map<String, String> formErrors) {
        Map<String, String> merged = new LinkedHashMap<>(serviceErrors);
        merged.putAll(formErrors);
        Map<String, String> ordered = new LinkedHashMap<>();
        LABELS.keySet().stream().filter(merged::containsKey).forEach(f -> ordered.put(f, merged.get(f)));
        merged.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private Long number(String field, Map<String, String> errors) {
        if (blank(procedureId)) {
            return null;
        }
        try {
            return Long.valueOf(procedureId.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "Choose the procedure from the list");
            return null;
        }
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Give a date, e.g. 2026-11-20");
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field,
            Map<String, String> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(field, "Choose one of the options");
            return null;
        }
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Map<String, String> labels() {
        Map<String, String> l = new LinkedHashMap<>();
        l.put("procedureId", "Procedure it follows");
        l.put("productId", "Cell product (its harvest or the product)");
        l.put("term", "Term");
        l.put("otherTerm", "Term in words");
        l.put("description", "What happened");
        l.put("onsetDate", "Began on");
        l.put("detection", "How the clinic learned of it");
        l.put("grade", "CTCAE grade");
        l.put("seriousness", "Serious because");
        l.put("harvestRelatedness", "Related to the harvest");
        l.put("injectionRelatedness", "Related to the injection");
        l.put("productRelatedness", "Related to the product");
        l.put("expected", "Expected (named in the consent)");
        l.put("actionTaken", "Action taken");
        l.put("outcome", "Outcome");
        l.put("resolvedOn", "Resolved on");
        l.put("version", "Version");
        l.put("item", "Triage");
        return java.util.Collections.unmodifiableMap(l);
    }
}
