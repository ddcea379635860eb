package org.regenpath.intake;

import static org.regenpath.intake.ClinicalFiles.blank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads {@code clinical/conditions/condition-catalog.json} and refuses a catalog that contradicts itself:
 * duplicate condition ids or codes, malformed or retired ICD-10-CM codes, a side-specific code on a condition
 * without sides, unknown body sites, categories or evidence levels, a code or evidence without a source.
 */
final class ConditionCatalogLoader {

    static final String LOCATION = "clinical/conditions/condition-catalog.json";

    /** ICD-10-CM shape: letter, digit, digit or letter, then optionally a dot and 1 to 4 characters. */
    static final Pattern ICD10CM = Pattern.compile("^[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?$");

    private static final Pattern CONDITION_ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    record CatalogFile(
            String title,
            String codeSystem,
            List<String> sources,
            List<String> notes,
            List<SiteEntry> bodySites,
            List<RetiredEntry> retiredCodes,
            List<ConditionEntry> conditions) {}

    record SiteEntry(String code, String display) {}

    record RetiredEntry(String code, String retiredIn, List<String> replacedBy, String source) {}

    record ConditionEntry(
            String id,
            String display,
            String category,
            Boolean osteoarthritis,
            Boolean lateralityApplies,
            List<String> bodySites,
            EvidenceEntry evidence,
            List<CodeEntry> codes) {}

    record EvidenceEntry(String level, String summary, List<String> sources) {}

    record CodeEntry(
            String code, String display, String laterality, List<String> bodySites, Boolean verified, String source) {}

    private final List<String> problems = new ArrayList<>();
    private final Map<String, BodySite> sites = new LinkedHashMap<>();
    private final Map<String, CatalogData.RetiredCode> retired = new LinkedHashMap<>();
    private final Set<String> conditionIds = new HashSet<>();
    private final Set<String> codes = new HashSet<>();

    private ConditionCatalogLoader() {}

    static CatalogData load() {
        return parse(LOCATION, ClinicalFiles.read(LOCATION));
    }

    static CatalogData parse(String name, String json) {
        CatalogFile file = ClinicalFiles.parse(name, json, CatalogFile.class);
        ConditionCatalogLoader loader = new ConditionCatalogLoader();
        List<CatalogCondition> conditions = loader.check(file);
        if (!loader.problems.isEmpty()) {
            throw new InvalidClinicalData(name, loader.problems);
        }
        return new CatalogData(List.copyOf(conditions), Map.copyOf(loader.sites), Map.copyOf(loader.retired));
    }

    private List<CatalogCondition> check(CatalogFile file) {
        if (blank(file.codeSystem()) || file.sources() == null || file.sources().isEmpty()) {
            problems.add("the catalog must name its code system and sources");
        }
        for (SiteEntry s : nonNull(file.bodySites())) {
            if (blank(s.code()) || blank(s.display())) {
                problems.add("a body site needs a code and a display");
            } else if (sites.put(s.code(), new BodySite(s.code(), s.display())) != null) {
                problems.add("duplicate body site " + s.code());
            }
        }
        for (RetiredEntry r : nonNull(file.retiredCodes())) {
            if (blank(r.code()) || blank(r.source()) || r.replacedBy() == null || r.replacedBy().isEmpty()) {
                problems.add("a retired code needs the code, its replacements and a source");
            } else {
                retired.put(r.code(), new CatalogData.RetiredCode(r.code(), r.retiredIn(), List.copyOf(r.replacedBy())));
            }
        }
        List<CatalogCondition> conditions = new ArrayList<>();
        if (nonNull(file.conditions()).isEmpty()) {
            problems.add("the catalog has no conditions");
        }
        for (ConditionEntry c : nonNull(file.conditions())) {
            CatalogCondition condition = condition(c);
            if (condition != null) {
                conditions.add(condition);
            }
        }
        return conditions;
    }

    private CatalogCondition condition(ConditionEntry c) {
        String where = "condition " + (c.id() == null ? "(no id)" : c.id());
        if (blank(c.id()) || !CONDITION_ID.matcher(c.id()).matches()) {
            problems.add(where + ": the id must be lower-case words joined by hyphens");
            return null;
        }
        if (!conditionIds.add(c.id())) {
            problems.add("duplicate condition id " + c.id());
        }
        ConditionCategory category = enumValue(ConditionCategory.class, c.category(), where + ": category");
        if (blank(c.display()) || c.osteoarthritis() == null || c.lateralityApplies() == null) {
            problems.add(where + ": display, osteoarthritis and lateralityApplies are required");
            return null;
        }
        List<BodySite> bodySites = new ArrayList<>();
        for (String site : nonNull(c.bodySites())) {
            BodySite known = sites.get(site);
            if (known == null) {
                problems.add(where + ": unknown body site " + site);
            } else {
                bodySites.add(known);
            }
        }
        if (bodySites.isEmpty()) {
            problems.add(where + ": needs at least one known body site");
        }
        Evidence evidence = evidence(c.evidence(), where);
        List<ConditionCode> conditionCodes = new ArrayList<>();
        for (CodeEntry e : nonNull(c.codes())) {
            ConditionCode code = code(e, c, where);
            if (code != null) {
                conditionCodes.add(code);
            }
        }
        if (conditionCodes.isEmpty()) {
            problems.add(where + ": needs at least one valid ICD-10-CM code");
        }
        return new CatalogCondition(c.id(), c.display(), category, c.osteoarthritis(), c.lateralityApplies(),
                List.copyOf(bodySites), List.copyOf(conditionCodes), evidence);
    }

    private Evidence evidence(EvidenceEntry e, String where) {
        if (e == null || blank(e.summary()) || e.sources() == null || e.sources().isEmpty()
                || e.sources().stream().anyMatch(ClinicalFiles::blank)) {
            problems.add(where + ": evidence needs a level, a summary and at least one source");
            return null;
        }
        EvidenceLevel level = enumValue(EvidenceLevel.class, e.level(), where + ": evidence level");
        return new Evidence(level, e.summary(), List.copyOf(e.sources()));
    }

    private ConditionCode code(CodeEntry e, ConditionEntry c, String where) {
        if (e.code() == null || !ICD10CM.matcher(e.code()).matches()) {
            problems.add(where + ": '" + e.code() + "' is not a well-formed ICD-10-CM code");
            return null;
        }
        String at = where + ", code " + e.code();
        if (!codes.add(e.code())) {
            problems.add("duplicate code " + e.code() + " (a code belongs to one condition only)");
        }
        if (retired.containsKey(e.code())) {
            problems.add(at + ": retired in " + retired.get(e.code()).retiredIn());
        }
        if (blank(e.display()) || e.verified() == null || blank(e.source())) {
            problems.add(at + ": needs a display, 'verified' and a source (say 'Not checked' when it was not)");
        }
        Laterality side = e.laterality() == null ? null : enumValue(Laterality.class, e.laterality(), at + ": side");
        if (side == Laterality.NOT_APPLICABLE) {
            problems.add(at + ": leave 'laterality' out when the code carries no side");
            side = null;
        }
        if (side != null && Boolean.FALSE.equals(c.lateralityApplies())) {
            problems.add(at + ": a side-specific code on a condition without sides");
        }
        List<String> codeSites = nonNull(e.bodySites());
        for (String site : codeSites) {
            if (!nonNull(c.bodySites()).contains(site)) {
                problems.add(at + ": body site " + site + " is not one of the condition's sites");
            }
        }
        return new ConditionCode(e.code(), e.display(), side, List.copyOf(codeSites),
                Boolean.TRUE.equals(e.verified()), e.source());
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, String what) {
        if (value != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
        }
        problems.add(what + " '" + value + "' is not one of " + List.of(type.getEnumConstants()));
        return null;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
