package org.regenpath.safety;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
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
    /** An NCI Thesaurus concept code: "C" and digits. Declared before {@code SHIPPED}, which uses it. */
    private static final Pattern NCIT_CODE = Pattern.compile("C[0-9]+");
    private static final AdverseEventTerms SHIPPED = load();

    record CatalogFile(String about, Map<String, String> source, boolean verified, String unverified,
            String consentDocument, List<TermEntry> terms) {}

    /**
     * One term as the file holds it. {@code verified}: the NCIt code was found in the source the file names;
     * {@code gradesChecked}: the grade definitions were compared with the CTCAE v5.0 text; {@code unverified}: what is
     * still missing.
     */
    record TermEntry(String key, String label, String ctcaeTerm, String ncitCode, Boolean verified,
            Boolean gradesChecked, String unverified, String part, Boolean freeText, Map<String, String> expectedFrom,
            Map<String, String> grades) {}

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
            CatalogFile file = read(in);
            List<String> problems = problems(file);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": " + String.join("; ", problems));
            }
            Map<String, AdverseEventTerm> byKey = new LinkedHashMap<>();
            for (TermEntry t : file.terms()) {
                byKey.put(t.key(), term(t));
            }
            return new AdverseEventTerms(byKey);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException(RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    static CatalogFile read(InputStream in) {
        return JSON.readValue(in, CatalogFile.class);
    }

    /**
     * What is wrong with the catalog's codes and grades, in words; empty when nothing is. A term marked verified needs
     * its code, every code reads "C" and digits (Regenpath never invents one, so a malformed code is a typing error),
     * and a term's grades are a non-empty subset of 1-5 in order (CTCAE's "-" grades are left out, so a wrong list
     * would refuse a real event or offer a grade CTCAE does not define).
     */
    static List<String> problems(CatalogFile file) {
        List<String> problems = new ArrayList<>();
        for (TermEntry t : file.terms()) {
            String code = t.ncitCode();
            if (Boolean.TRUE.equals(t.verified()) && (code == null || code.isBlank())) {
                problems.add(t.key() + " is marked verified but has no NCI Thesaurus code");
            }
            if (code != null && !NCIT_CODE.matcher(code).matches()) {
                problems.add(t.key() + " has code " + code + ", not C and digits");
            }
            if (!Boolean.TRUE.equals(t.verified()) && (t.unverified() == null || t.unverified().isBlank())) {
                problems.add(t.key() + " is not verified and does not say what is missing");
            }
            if (!gradesInOrder(t.grades())) {
                problems.add(t.key() + " has grades " + (t.grades() == null ? "none" : t.grades().keySet())
                        + ", not a non-empty subset of 1-5 in order");
            }
        }
        return problems;
    }

    private static boolean gradesInOrder(Map<String, String> grades) {
        if (grades == null || grades.isEmpty()) {
            return false;
        }
        int previous = 0;
        for (String g : grades.keySet()) {
            if (!g.matches("[1-5]") || Integer.parseInt(g) <= previous) {
                return false;
            }
            previous = Integer.parseInt(g);
        }
        return true;
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
