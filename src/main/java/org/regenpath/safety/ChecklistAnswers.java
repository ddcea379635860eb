package org.regenpath.safety;

import java.util.List;
import org.regenpath.followup.ProblemSeverity;

/**
 * The answers to one checklist: every item of it, yes or no, and for a "yes" how bad it is.
 *
 * @param answers one per item, in any order
 */
public record ChecklistAnswers(List<Item> answers) {

    public ChecklistAnswers {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /**
     * One item's answer.
     *
     * @param item the item's id in the checklist, e.g. {@code injection-swelling}
     * @param yes whether the patient has it; {@code null} when not answered
     * @param severity the patient's own rating; required for a "yes", none for a "no"
     */
    public record Item(String item, Boolean yes, ProblemSeverity severity) {}
}
