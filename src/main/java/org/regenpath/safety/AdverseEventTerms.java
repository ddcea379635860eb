package org.regenpath.safety;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The adverse event term catalog, read once from {@code clinical/safety/adverse-event-terms.json} (CTCAE v5.0 terms
 * and grades, NCI Thesaurus codes; source and licence in the file). A broken file stops the application at start.
 * Other safety features (the checklist, the counts) refer to terms by {@link AdverseEventTerm#key()}.
 */
public final class AdverseEventTerms {

    static final String RESOURCE = "clinical/safety/adverse-event-terms.json";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final AdverseEventTerms SHIPPED = load();

    record CatalogFile(String about, Map<String, String> source, boolean verified, String unverified,
            String consentDocument, List<TermEntry> terms) {}

    record TermEntry(String key, String label, String ctcaeTerm, String ncitCode, String part, Boolean freeText,
            Map<String, String> expectedFrom, Map<String, String> grades) {}

    private final Map<String, AdverseEventTerm> terms;

    private AdverseEventTerms(Map<String, AdverseEventTerm> terms) {
        this.terms = terms;
    }

    /** The catalog shipped with Regenpath. */
    public static AdverseEventTerms shipped() {
        return SHIPPED;
    }

    /** The term with this key, if there is one. */
    public Optional<AdverseEventTerm> byKey(String key) {
        return Optional.ofNullable(key == null ? null : terms.get(key));
    }

    /** Every term, in the catalog's order. */
    public Collection<AdverseEventTerm> all() {
        return terms.values();
    }

    private static AdverseEventTerms load() {
        try (InputStream in = AdverseEventTerms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            CatalogFile file = JSON.readValue(in, CatalogFile.class);
            Map<String, AdverseEventTerm> byKey = new LinkedHashMap<>();
            for (TermEntry t : file.terms()) {
                byKey.put(t.key(), term(t));
            }
            return new AdverseEventTerms(byKey);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException(RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static AdverseEventTerm term(TermEntry t) {
        if (t.key() == null || t.label() == null || t.grades() == null || t.grades().isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": every term needs a key, a label and its grades");
        }
        TreeMap<Integer, String> grades = new TreeMap<>();
        t.grades().forEach((g, text) -> {
            int grade = Integer.parseInt(g);
            if (grade < 1 || grade > 5) {
                throw new IllegalStateException(RESOURCE + ": " + t.key() + " has grade " + g + " outside 1-5");
            }
            grades.put(grade, text);
        });
        Map<String, String> consent = t.expectedFrom();
        return new AdverseEventTerm(t.key(), t.label(), t.ctcaeTerm(), t.ncitCode(), t.part(),
                Boolean.TRUE.equals(t.freeText()), consent == null ? null : consent.get("section"),
                consent == null ? null : consent.get("says"), grades);
    }
}
