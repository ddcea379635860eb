package org.regenpath.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.shared.InvalidInput;

/**
 * Checks a clinic's instrument set before it is saved, and writes and reads the stored form of its instruments.
 * A set must name a schedule template, shipped instruments at time points of that template, a primary outcome asked
 * at every time point (the dashboard counts completion by it), at least one instrument asked both at baseline and
 * at a follow-up (so change from baseline can be measured), conditions of the intake catalog that no other set of
 * the clinic claims, and the basis it was chosen on. Pure.
 */
final class ClinicSetRules {

    static final int MAX_LABEL = 100;
    static final int MAX_SOURCE = 1000;

    /** A set that passed the checks: the instruments with the primary first. */
    record Checked(String label, ScheduleTemplate template, List<PlannedInstrument> instruments,
            List<String> conditions, String source) {}

    private ClinicSetRules() {}

    /**
     * @param knownConditions the intake catalog's condition ids
     * @param claimed condition id to the label of another current set of the clinic that claims it
     * @throws InvalidInput naming each field that is wrong
     */
    static Checked check(ClinicSetInput in, FollowupDefaults defaults, Set<String> knownConditions,
            Map<String, String> claimed) {
        Map<String, String> errors = new LinkedHashMap<>();
        String label = trimmed(in.label());
        if (label == null) {
            errors.put("label", "Give the set a name.");
        } else if (label.length() > MAX_LABEL) {
            errors.put("label", "At most " + MAX_LABEL + " characters.");
        }
        String source = trimmed(in.source());
        if (source == null) {
            errors.put("source", "Say on what basis the clinic chose this set (a standard set, a protocol, a decision).");
        } else if (source.length() > MAX_SOURCE) {
            errors.put("source", "At most " + MAX_SOURCE + " characters.");
        }
        ScheduleTemplate template = defaults.scheduleTemplates().stream()
                .filter(t -> t.id().equals(in.templateId())).findFirst().orElse(null);
        if (template == null) {
            errors.put("templateId", "Choose one of " + defaults.scheduleTemplates().stream()
                    .map(ScheduleTemplate::id).toList() + ".");
        }
        List<PlannedInstrument> instruments = template == null ? List.of() : instruments(in, template, errors);
        List<String> conditions = conditions(in.conditions(), knownConditions, claimed, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Checked(label, template, instruments, conditions, source);
    }

    private static List<PlannedInstrument> instruments(ClinicSetInput in, ScheduleTemplate template,
            Map<String, String> errors) {
        List<PlannedInstrument> out = new ArrayList<>();
        Map<String, List<String>> given = in.instruments() == null ? Map.of() : in.instruments();
        for (Map.Entry<String, List<String>> e : given.entrySet()) {
            String id = e.getKey();
            if (!InstrumentCatalog.SHIPPED.contains(id)) {
                errors.put("instruments", "\"" + id + "\" is not an instrument; choose from " + InstrumentCatalog.SHIPPED
                        + ".");
                return List.of();
            }
            Set<String> points = new LinkedHashSet<>();
            for (String tp : e.getValue() == null ? List.<String>of() : e.getValue()) {
                if (template.timePoint(tp).isEmpty()) {
                    errors.put("instruments", id + " is asked at \"" + tp + "\", which " + template.label()
                            + " does not have.");
                    return List.of();
                }
                points.add(tp);
            }
            if (!points.isEmpty()) {
                out.add(new PlannedInstrument(id, Administer.LISTED_TIME_POINTS, points));
            }
        }
        if (out.isEmpty()) {
            errors.put("instruments", "Choose at least one instrument and when it is asked.");
            return List.of();
        }
        String primary = in.primaryInstrumentId() == null || in.primaryInstrumentId().isBlank()
                ? out.get(0).instrumentId() : in.primaryInstrumentId();
        PlannedInstrument first = out.stream().filter(p -> p.instrumentId().equals(primary)).findFirst().orElse(null);
        if (first == null) {
            errors.put("primaryInstrumentId", "The primary outcome must be one of the set's instruments.");
        } else if (!template.timePoints().stream().allMatch(first::appliesAt)) {
            errors.put("primaryInstrumentId", "The primary outcome is counted for completion at every time point, "
                    + "so it must be asked at every time point of " + template.label() + ".");
        }
        boolean measuresChange = out.stream().anyMatch(p -> template.timePoints().stream()
                .anyMatch(tp -> tp.baseline() && p.appliesAt(tp)) && template.timePoints().stream()
                .anyMatch(tp -> !tp.baseline() && p.appliesAt(tp)));
        if (!measuresChange) {
            errors.put("instruments", "Ask at least one instrument at baseline and at a follow-up, so that change "
                    + "from baseline can be measured.");
        }
        if (first != null) {
            out.remove(first);
            out.add(0, first);
        }
        return out;
    }

    private static List<String> conditions(List<String> given, Set<String> known, Map<String, String> claimed,
            Map<String, String> errors) {
        List<String> out = new ArrayList<>();
        for (String c : given == null ? List.<String>of() : given) {
            if (c == null || c.isBlank() || out.contains(c)) {
                continue;
            }
            if (!known.contains(c)) {
                errors.put("conditions", "\"" + c + "\" is not a condition of the catalog.");
            } else if (claimed.containsKey(c)) {
                errors.put("conditions", c + " already has this clinic's set \"" + claimed.get(c)
                        + "\"; take it out of that set first.");
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** The stored form, e.g. {@code nrs-11:baseline,1m,3m;koos-jr:baseline,12m}, time points in template order. */
    static String encode(List<PlannedInstrument> instruments, ScheduleTemplate template) {
        List<String> parts = new ArrayList<>();
        for (PlannedInstrument p : instruments) {
            parts.add(p.instrumentId() + ":" + String.join(",", template.timePoints().stream().filter(p::appliesAt)
                    .map(TimePoint::id).toList()));
        }
        return String.join(";", parts);
    }

    /** Reads the stored form back. */
    static List<PlannedInstrument> decode(String stored) {
        List<PlannedInstrument> out = new ArrayList<>();
        for (String part : stored.split(";")) {
            int colon = part.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException("Stored clinic set instruments are malformed: " + stored);
            }
            out.add(new PlannedInstrument(part.substring(0, colon), Administer.LISTED_TIME_POINTS,
                    new LinkedHashSet<>(List.of(part.substring(colon + 1).split(",")))));
        }
        return out;
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
