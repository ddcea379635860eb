package org.regenpath.instrument;

import java.util.Objects;

/**
 * One permitted answer of a choice item.
 *
 * @param code the answer's code (FHIR {@code answerOption.valueCoding.code})
 * @param display what the patient sees; for licensed instruments without installed wording, a generic label
 * @param ordinal the value the scoring rule uses, from the FHIR {@code ordinalValue} extension
 */
public record AnswerOption(String code, String display, int ordinal) {

    public AnswerOption {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(display, "display");
    }
}
