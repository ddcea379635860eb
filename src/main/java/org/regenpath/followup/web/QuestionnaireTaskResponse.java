package org.regenpath.followup.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import org.regenpath.followup.QuestionnaireTask;

/**
 * A task opened for answering as the JSON API sends it (decision 0038): its own type, so the module may change
 * {@link QuestionnaireTask} without changing what clients read. Field names, order and values are those clients
 * have always read; the schema keeps its published name.
 */
@Schema(name = "QuestionnaireTask")
record QuestionnaireTaskResponse(TaskResponse task, InstrumentResponse instrument, Map<String, Integer> answers) {

    static QuestionnaireTaskResponse of(QuestionnaireTask t) {
        return new QuestionnaireTaskResponse(TaskResponse.of(t.task()), InstrumentResponse.of(t.instrument()),
                t.answers());
    }
}
