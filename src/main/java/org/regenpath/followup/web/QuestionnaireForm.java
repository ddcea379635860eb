package org.regenpath.followup.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.regenpath.followup.FollowupResponses;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.InstrumentItem;
import org.regenpath.followup.QuestionnaireTask;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.springframework.ui.Model;

/**
 * The questionnaire form shared by the patient portal and the care team's entry page: answers arrive as
 * {@code q_<linkId>=<ordinal>}; "Save and finish later" keeps a draft, "Submit" scores and stores the response once.
 * Submitting with questions left unanswered asks for confirmation first, because most instruments' scores need a
 * minimum number of answers and a patient usually skips a question by accident.
 */
final class QuestionnaireForm {

    static final String PREFIX = "q_";
    static final String ANSWERED_ON = "answeredOn";

    /** What happened to a post. */
    enum Outcome { SAVED, SUBMITTED, SHOW_AGAIN }

    private QuestionnaireForm() {}

    /**
     * Handles a post; on {@link Outcome#SHOW_AGAIN} the model holds the form with the answers given, the messages
     * and, when asked, the confirmation notice.
     */
    static Outcome post(FollowupResponses responses, Actor actor, PatientId patient, long taskId,
            Map<String, String> params, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Integer> answers = parse(params, errors);
        LocalDate answeredOn = answeredOn(params, errors);
        String action = params.getOrDefault("action", "save");
        QuestionnaireTask task = responses.open(actor, patient, taskId);
        model.addAttribute(ANSWERED_ON, params.getOrDefault(ANSWERED_ON, ""));
        if (errors.isEmpty()) {
            try {
                if ("save".equals(action)) {
                    responses.saveDraft(actor, patient, taskId, answers, version(params));
                    return Outcome.SAVED;
                }
                int unanswered = unanswered(task.instrument(), answers);
                if (unanswered > 0 && !"confirm".equals(action)) {
                    model.addAttribute("unanswered", unanswered);
                } else {
                    responses.submit(actor, patient, taskId, answers, answeredOn);
                    return Outcome.SUBMITTED;
                }
            } catch (InvalidInput e) {
                errors.putAll(e.fieldErrors());
            } catch (Conflict e) {
                errors.put("conflict", e.getMessage());
            }
        }
        show(task, answers, errors, model);
        return Outcome.SHOW_AGAIN;
    }

    static void show(QuestionnaireTask task, Map<String, Integer> answers, Map<String, String> errors, Model model) {
        model.addAttribute("task", task.task());
        model.addAttribute("instrument", task.instrument());
        model.addAttribute("answers", answers);
        if (!model.containsAttribute("answeredOn")) {
            model.addAttribute("answeredOn", "");
        }
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("unanswered")) {
            model.addAttribute("unanswered", 0);
        }
    }

    static Map<String, Integer> parse(Map<String, String> params, Map<String, String> errors) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (!name.startsWith(PREFIX) || value == null || value.isBlank()) {
                return;
            }
            String linkId = name.substring(PREFIX.length());
            try {
                answers.put(linkId, Integer.parseInt(value.strip()));
            } catch (NumberFormatException e) {
                errors.put(linkId, "Choose one of the answers shown.");
            }
        });
        return answers;
    }

    /**
     * The day the patient answered, from the staff entry form ({@code answeredOn=yyyy-MM-dd}); blank on the portal,
     * where the patient answers the day they submit. Kept in the model as typed, so the form shows it again.
     */
    private static LocalDate answeredOn(Map<String, String> params, Map<String, String> errors) {
        String value = params.getOrDefault(ANSWERED_ON, "").strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(ANSWERED_ON, "Enter the day the patient answered as a date, e.g. 2026-12-07.");
            return null;
        }
    }

    private static int unanswered(Instrument instrument, Map<String, Integer> answers) {
        int missing = 0;
        for (InstrumentItem q : instrument.questions()) {
            if (!answers.containsKey(q.linkId())) {
                missing++;
            }
        }
        return missing;
    }

    private static int version(Map<String, String> params) {
        try {
            return Integer.parseInt(params.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("version", "The form is incomplete; reload the page.");
        }
    }
}
