package org.regenpath.safety.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.safety.ChecklistAnswers;
import org.regenpath.safety.ChecklistView;
import org.springframework.ui.Model;

/**
 * The checklist form, shared by the portal page and the care team's phone entry: {@code item_<id>} is {@code yes} or
 * {@code no}, {@code severity_<id>} the severity of a "yes" (a severity left selected on a "no" is dropped: the
 * person changed their mind). What was sent comes back with the field messages when it is refused.
 */
final class ChecklistForm {

    private ChecklistForm() {}

    static ChecklistAnswers read(ChecklistView checklist, Map<String, String> params) {
        List<ChecklistAnswers.Item> items = new ArrayList<>();
        for (ChecklistView.Item i : checklist.items()) {
            String answer = params.get("item_" + i.itemId());
            Boolean yes = "yes".equals(answer) ? Boolean.TRUE : "no".equals(answer) ? Boolean.FALSE : null;
            ProblemSeverity severity = Boolean.TRUE.equals(yes) ? severity(params.get("severity_" + i.itemId()))
                    : null;
            items.add(new ChecklistAnswers.Item(i.itemId(), yes, severity));
        }
        return new ChecklistAnswers(items);
    }

    static void show(ChecklistView checklist, Map<String, String> sent, Map<String, String> errors, Model model) {
        model.addAttribute("checklist", checklist);
        model.addAttribute("sent", sent);
        model.addAttribute("errors", errors);
        model.addAttribute("severities", ProblemSeverity.values());
    }

    private static ProblemSeverity severity(String value) {
        for (ProblemSeverity s : ProblemSeverity.values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        return null;
    }
}
