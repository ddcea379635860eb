package org.regenpath.intake.web;

import org.regenpath.intake.DecisionInput;
import org.regenpath.intake.Outcome;

/** The candidacy decision form; {@code evaluatedOutcome} is the evaluation the clinician saw. */
public class DecisionForm {

    private String outcome = "";
    private String reason = "";
    private String note = "";
    private String evaluatedOutcome = "";

    DecisionInput toInput() {
        return new DecisionInput(outcome(outcome), reason, note, outcome(evaluatedOutcome));
    }

    private static Outcome outcome(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Outcome.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getEvaluatedOutcome() {
        return evaluatedOutcome;
    }

    public void setEvaluatedOutcome(String evaluatedOutcome) {
        this.evaluatedOutcome = evaluatedOutcome;
    }
}
