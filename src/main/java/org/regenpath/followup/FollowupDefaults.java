package org.regenpath.followup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.instrument.Json;
import org.regenpath.shared.NotFound;
import tools.jackson.databind.JsonNode;

/**
 * The default schedule templates ({@value #SCHEDULES}) and instrument sets per condition ({@value #SETS}), read
 * and cross-checked once: every set names shipped instruments, an existing template and existing time points.
 *
 * <p>Sets are keyed by the intake module's condition ids (e.g. {@code knee-oa}, {@code ddd-lumbar}) with a
 * fallback by condition category (MUSCULOSKELETAL, SPINAL, NEUROPATHIC, INFLAMMATORY) and a general default, so a
 * condition added to the catalog later still gets a sensible set. Immutable; pure.
 */
public final class FollowupDefaults {

    static final String SCHEDULES = "clinical/questionnaires/schedule-templates.json";
    static final String SETS = "clinical/questionnaires/instrument-sets.json";

    private final Map<String, ScheduleTemplate> templates;
    private final Map<String, InstrumentSet> sets;
    private final Map<String, String> byCondition;
    private final Map<String, String> byCategory;
    private final String defaultSet;

    private FollowupDefaults(JsonNode schedules, JsonNode setsRoot) {
        this.templates = readTemplates(Json.about(SCHEDULES), schedules);
        Json json = Json.about(SETS);
        json.text(setsRoot, "source", "file");
        List<PlannedInstrument> everyone = new ArrayList<>();
        for (JsonNode p : json.array(setsRoot, "everyPatient", "file", true)) {
            everyone.add(planned(json, p, "everyPatient"));
        }
        this.sets = new LinkedHashMap<>();
        this.byCondition = new HashMap<>();
        for (JsonNode s : json.array(setsRoot, "sets", "file", true)) {
            InstrumentSet set = set(json, s, everyone);
            if (set.id().startsWith(ClinicSetVersion.ID_PREFIX)) {
                throw json.problem("set " + set.id(), "may not start with \"" + ClinicSetVersion.ID_PREFIX
                        + "\", which names a clinic's own sets");
            }
            if (sets.put(set.id(), set) != null) {
                throw json.problem("set " + set.id(), "is defined twice");
            }
            for (JsonNode c : json.array(s, "conditions", "set " + set.id(), false)) {
                if (byCondition.put(c.asString(), set.id()) != null) {
                    throw json.problem("condition " + c.asString(), "is mapped to two sets");
                }
            }
        }
        this.byCategory = new HashMap<>();
        json.object(setsRoot, "byCategory", "file").properties()
                .forEach(e -> byCategory.put(e.getKey(), knownSet(json, e.getValue().asString())));
        this.defaultSet = knownSet(json, json.text(setsRoot, "defaultSet", "file"));
    }

    /** Reads the shipped defaults. */
    public static FollowupDefaults load() {
        return new FollowupDefaults(Json.readResource(SCHEDULES), Json.readResource(SETS));
    }

    /** Reads given files (tests). */
    static FollowupDefaults of(JsonNode schedules, JsonNode sets) {
        return new FollowupDefaults(schedules, sets);
    }

    /** Every schedule template. */
    public List<ScheduleTemplate> scheduleTemplates() {
        return List.copyOf(templates.values());
    }

    /** The template with this id. */
    public ScheduleTemplate scheduleTemplate(String id) {
        ScheduleTemplate t = templates.get(id);
        if (t == null) {
            throw new NotFound("There is no schedule template \"" + id + "\".");
        }
        return t;
    }

    /** Every instrument set. */
    public List<InstrumentSet> instrumentSets() {
        return List.copyOf(sets.values());
    }

    /** The shipped set with this id. */
    public Optional<InstrumentSet> instrumentSet(String id) {
        return Optional.ofNullable(sets.get(id));
    }

    /**
     * The default set for a condition: its own, else its category's, else the general set.
     *
     * @param conditionId the intake condition id, e.g. {@code knee-oa}; may be {@code null}
     * @param category the condition's category name, e.g. {@code SPINAL}; may be {@code null}
     */
    public SetChoice setFor(String conditionId, String category) {
        if (conditionId != null && byCondition.containsKey(conditionId)) {
            return new SetChoice(sets.get(byCondition.get(conditionId)), SetChoice.MatchedBy.CONDITION);
        }
        if (category != null && byCategory.containsKey(category)) {
            return new SetChoice(sets.get(byCategory.get(category)), SetChoice.MatchedBy.CATEGORY);
        }
        return new SetChoice(sets.get(defaultSet), SetChoice.MatchedBy.DEFAULT);
    }

    private String knownSet(Json json, String id) {
        if (!sets.containsKey(id)) {
            throw json.problem("set reference", "\"" + id + "\" names no set");
        }
        return id;
    }

    private InstrumentSet set(Json json, JsonNode s, List<PlannedInstrument> everyone) {
        String id = json.text(s, "id", "a set");
        String where = "set " + id;
        String templateId = json.text(s, "schedule", where);
        ScheduleTemplate template = templates.get(templateId);
        if (template == null) {
            throw json.problem(where, "names the unknown schedule \"" + templateId + "\"");
        }
        List<PlannedInstrument> planned = new ArrayList<>();
        for (JsonNode p : json.array(s, "instruments", where, true)) {
            planned.add(planned(json, p, where));
        }
        planned.addAll(everyone);
        Set<String> ids = new LinkedHashSet<>();
        for (PlannedInstrument p : planned) {
            if (!ids.add(p.instrumentId())) {
                throw json.problem(where, "lists " + p.instrumentId() + " twice");
            }
            for (String tp : p.timePointIds()) {
                if (template.timePoint(tp).isEmpty()) {
                    throw json.problem(where, "asks " + p.instrumentId() + " at " + tp + ", which schedule "
                            + templateId + " does not have");
                }
            }
        }
        return new InstrumentSet(id, json.text(s, "label", where), json.text(s, "source", where), templateId,
                planned);
    }

    private static PlannedInstrument planned(Json json, JsonNode p, String where) {
        String id = json.text(p, "instrument", where);
        if (!InstrumentCatalog.SHIPPED.contains(id)) {
            throw json.problem(where, "names the unknown instrument \"" + id + "\"");
        }
        String instead = json.optionalText(p, "whenWordingNotInstalled", where + " " + id).orElse(null);
        if (instead != null && !InstrumentCatalog.SHIPPED.contains(instead)) {
            throw json.problem(where + " " + id, "names the unknown replacement \"" + instead + "\"");
        }
        JsonNode at = p.get("at");
        if (at != null && at.isArray()) {
            Set<String> points = new LinkedHashSet<>();
            at.forEach(n -> points.add(n.asString()));
            return new PlannedInstrument(id, Administer.LISTED_TIME_POINTS, points, instead);
        }
        String when = json.text(p, "at", where + " " + id);
        return switch (when) {
            case "every-time-point" -> new PlannedInstrument(id, Administer.EVERY_TIME_POINT, Set.of(), instead);
            case "follow-ups" -> new PlannedInstrument(id, Administer.FOLLOW_UPS_ONLY, Set.of(), instead);
            default -> throw json.problem(where + " " + id, "has \"at\": " + when
                    + "; use every-time-point, follow-ups or a list of time point ids");
        };
    }

    private static Map<String, ScheduleTemplate> readTemplates(Json json, JsonNode root) {
        json.text(root, "note", "file");
        Map<String, ScheduleTemplate> out = new LinkedHashMap<>();
        for (JsonNode t : json.array(root, "templates", "file", true)) {
            String id = json.text(t, "id", "a template");
            String where = "template " + id;
            List<TimePoint> points = new ArrayList<>();
            for (JsonNode p : json.array(t, "timePoints", where, true)) {
                String pid = json.text(p, "id", where);
                try {
                    points.add(new TimePoint(pid, json.text(p, "label", where), p.path("baseline").asBoolean(false),
                            json.integer(p, "offsetMonths", where + " " + pid),
                            json.integer(p, "windowDaysBefore", where + " " + pid),
                            json.integer(p, "windowDaysAfter", where + " " + pid)));
                } catch (IllegalArgumentException e) {
                    throw json.problem(where, e.getMessage());
                }
            }
            try {
                out.put(id, new ScheduleTemplate(id, json.text(t, "label", where), json.text(t, "source", where),
                        json.bool(t, "windowsAreExampleDefaults", where), points));
            } catch (IllegalArgumentException e) {
                throw json.problem(where, e.getMessage());
            }
        }
        return out;
    }
}
