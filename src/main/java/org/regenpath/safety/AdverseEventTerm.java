package org.regenpath.safety;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One term of the adverse event term catalog ({@code clinical/safety/adverse-event-terms.json}): a CTCAE v5.0 term
 * with the grades it allows and what each grade means.
 *
 * @param key the stable key other modules and checklists refer to, e.g. {@code injection-site-swelling}
 * @param label the term in plain words
 * @param ctcaeTerm the CTCAE v5.0 term name
 * @param ncitCode its NCI Thesaurus C-code, or {@code null} while not confirmed
 * @param part where the event is: {@code harvest-site}, {@code injection-site}, {@code product} or {@code systemic}
 * @param freeText whether the term is named in free text ({@code other})
 * @param consentSection the consent document section that tells the patient of the risk, or {@code null}
 * @param consentSays the words in it
 * @param grades each grade CTCAE allows for the term, with its definition
 */
public record AdverseEventTerm(String key, String label, String ctcaeTerm, String ncitCode, String part,
        boolean freeText, String consentSection, String consentSays, SortedMap<Integer, String> grades) {

    public AdverseEventTerm {
        grades = new TreeMap<>(grades);
    }

    /** Whether CTCAE allows this grade for the term. */
    public boolean allows(int grade) {
        return grades.containsKey(grade);
    }

    /** The grades allowed, in words: "1–3". */
    public String gradeRange() {
        return grades.firstKey() + "–" + grades.lastKey();
    }

    /** The definition of a grade, or empty text when the term does not allow it. */
    public String definition(Integer grade) {
        return grade == null ? "" : grades.getOrDefault(grade, "");
    }

    /** The grade definitions, lowest first. */
    public Map<Integer, String> gradeDefinitions() {
        return grades;
    }
}
