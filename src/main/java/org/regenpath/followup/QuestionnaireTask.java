package org.regenpath.followup;

import java.util.Map;
import org.regenpath.instrument.Instrument;

/**
 * A task opened for answering: the task, the instrument with its questions, and the answers saved so far.
 *
 * @param task the task
 * @param instrument the instrument, with the clinic's licensed wording where installed
 * @param answers the saved answers (linkId → ordinal); the submitted ones when completed
 */
public record QuestionnaireTask(TaskView task, Instrument instrument, Map<String, Integer> answers) {

    public QuestionnaireTask {
        answers = Map.copyOf(answers);
    }
}
