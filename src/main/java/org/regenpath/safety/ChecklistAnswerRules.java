package org.regenpath.safety;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.shared.InvalidInput;

/**
 * Checks a checklist's answers before anything is written: every item answered yes or no, a severity for each
 * "yes" and none for a "no", no item twice and none the checklist does not ask. Each problem is named by the item's
 * id, so a form marks the item and the API's problem detail names it.
 */
final class ChecklistAnswerRules {

    /** The field that names problems with the answers as a whole (an item the checklist does not ask). */
    static final String ANSWERS = "answers";

    private ChecklistAnswerRules() {}

    /**
     * The answers in the checklist's order.
     *
     * @throws InvalidInput naming each item with a problem
     */
    static List<ChecklistStore.Answer> check(List<ChecklistContent.Line> lines, ChecklistAnswers in) {
        Map<String, ChecklistAnswers.Item> byItem = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (ChecklistAnswers.Item a : in == null ? List.<ChecklistAnswers.Item>of() : in.answers()) {
            String id = a == null || a.item() == null ? "" : a.item().strip();
            if (lines.stream().noneMatch(l -> l.id().equals(id))) {
                errors.put(ANSWERS, "This checklist has no item \"" + id + "\".");
            } else if (byItem.put(id, a) != null) {
                errors.put(id, "Answered twice; answer each item once.");
            }
        }
        List<ChecklistStore.Answer> out = new ArrayList<>();
        for (ChecklistContent.Line line : lines) {
            ChecklistAnswers.Item a = byItem.get(line.id());
            if (errors.containsKey(line.id())) {
                continue;
            }
            if (a == null || a.yes() == null) {
                errors.put(line.id(), "Answer yes or no.");
            } else if (a.yes() && a.severity() == null) {
                errors.put(line.id(), "Choose how bad it is.");
            } else if (!a.yes() && a.severity() != null) {
                errors.put(line.id(), "Only a \"yes\" takes a severity.");
            } else {
                out.add(new ChecklistStore.Answer(line.id(), line.term(), line.site(), line.question(), a.yes(),
                        a.severity()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return out;
    }
}
