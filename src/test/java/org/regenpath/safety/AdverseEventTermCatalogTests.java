package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenpath.safety.AdverseEventTerms.CatalogFile;
import org.regenpath.safety.AdverseEventTerms.TermEntry;

/**
 * The adverse event term catalog as shipped: every code it claims is there and well formed, and every term's allowed
 * grades are a set CTCAE could define. The rule itself is checked on hand-made broken catalogs, so a rule that let
 * everything through would fail here too.
 */
class AdverseEventTermCatalogTests {

    static CatalogFile shippedFile() throws IOException {
        try (InputStream in = AdverseEventTerms.class.getClassLoader()
                .getResourceAsStream(AdverseEventTerms.RESOURCE)) {
            return AdverseEventTerms.read(in);
        }
    }

    static TermEntry entry(String code, Boolean verified, String unverified, Map<String, String> grades) {
        return new TermEntry("knee-swelling", "Knee swelling", "Joint effusion", code, verified, true, unverified,
                "injection-site", null, null, grades);
    }

    static Map<String, String> grades(String... keys) {
        Map<String, String> grades = new LinkedHashMap<>();
        for (String k : keys) {
            grades.put(k, "definition of grade " + k);
        }
        return grades;
    }

    static List<String> problemsOf(TermEntry t) {
        return AdverseEventTerms.problems(new CatalogFile("", Map.of(), false, "", "consent", List.of(t)));
    }

    @Test
    void theShippedCatalogHasNoProblem() throws IOException {
        assertThat(AdverseEventTerms.problems(shippedFile())).isEmpty();
    }

    @Test
    void everyShippedTermMarkedVerifiedHasAnNciThesaurusCodeAndEveryOtherSaysWhatIsMissing() throws IOException {
        for (TermEntry t : shippedFile().terms()) {
            if (Boolean.TRUE.equals(t.verified())) {
                assertThat(t.ncitCode()).as(t.key()).matches("C[0-9]+");
            } else {
                assertThat(t.unverified()).as(t.key()).isNotBlank();
            }
            assertThat(t.gradesChecked()).as(t.key() + " grades checked against CTCAE v5.0").isTrue();
        }
    }

    @Test
    void termsWhoseCtcaeGrades4And5AreADashAllowOnly1To3() {
        AdverseEventTerms terms = AdverseEventTerms.shipped();
        for (String key : List.of("injection-site-swelling", "reduced-range-of-motion", "donor-site-pain", "nausea",
                "abdominal-pain")) {
            AdverseEventTerm t = terms.byKey(key).orElseThrow();
            assertThat(t.gradeDefinitions().keySet()).as(key).containsExactly(1, 2, 3);
        }
        assertThat(terms.byKey("fever").orElseThrow().gradeDefinitions().keySet()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aTermMarkedVerifiedWithoutACodeIsAProblem() {
        assertThat(problemsOf(entry(null, true, null, grades("1", "2", "3"))))
                .containsExactly("knee-swelling is marked verified but has no NCI Thesaurus code");
        assertThat(problemsOf(entry(" ", true, null, grades("1", "2", "3")))).hasSize(2);
    }

    @Test
    void aCodeThatIsNotCAndDigitsIsAProblem() {
        for (String bad : List.of("146760", "c146760", "C14676O", "NCIT:C146760", "C")) {
            assertThat(problemsOf(entry(bad, true, null, grades("1", "2", "3")))).as(bad).hasSize(1);
        }
        assertThat(problemsOf(entry("C146760", true, null, grades("1", "2", "3")))).isEmpty();
    }

    @Test
    void anUnverifiedTermMustSayWhatIsMissing() {
        assertThat(problemsOf(entry(null, false, null, grades("1")))).hasSize(1);
        assertThat(problemsOf(entry(null, false, "No code found", grades("1")))).isEmpty();
    }

    @Test
    void gradesMustBeANonEmptySubsetOf1To5InOrder() {
        assertThat(problemsOf(entry("C1", true, null, grades()))).hasSize(1);
        assertThat(problemsOf(entry("C1", true, null, null))).hasSize(1);
        assertThat(problemsOf(entry("C1", true, null, grades("0", "1")))).hasSize(1);
        assertThat(problemsOf(entry("C1", true, null, grades("1", "6")))).hasSize(1);
        assertThat(problemsOf(entry("C1", true, null, grades("2", "1")))).hasSize(1);
        assertThat(problemsOf(entry("C1", true, null, grades("one")))).hasSize(1);
        assertThat(problemsOf(entry("C1", true, null, grades("3")))).isEmpty();
        assertThat(problemsOf(entry("C1", true, null, grades("2", "3", "4", "5")))).isEmpty();
    }
}
