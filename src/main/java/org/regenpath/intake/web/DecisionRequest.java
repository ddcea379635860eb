package org.regenpath.intake.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.regenpath.intake.DecisionInput;
import org.regenpath.intake.Outcome;

/**
 * A candidacy decision in a request body. An override (an outcome other than the evaluation) needs
 * {@code reason}; the service checks that. {@code evaluatedOutcome}, when sent, must still be the evaluation.
 */
record DecisionRequest(
        @NotNull(message = "Choose ELIGIBLE or NOT ELIGIBLE") Outcome outcome,
        @Size(max = 1000, message = "At most 1000 characters") String reason,
        @Size(max = 1000, message = "At most 1000 characters") String note,
        Outcome evaluatedOutcome) {

    DecisionInput toInput() {
        return new DecisionInput(outcome, reason, note, evaluatedOutcome);
    }
}
