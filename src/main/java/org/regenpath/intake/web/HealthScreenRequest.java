package org.regenpath.intake.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.regenpath.intake.Answer;
import org.regenpath.intake.HealthFact;
import org.regenpath.intake.HealthScreenInput;

/** The health screen in a request body; a fact left out is UNKNOWN. {@code version} is 0 for a first save. */
record HealthScreenRequest(
        Map<HealthFact, Answer> answers,
        @Size(max = 1000, message = "At most 1000 characters") String otherMedications,
        @Size(max = 1000, message = "At most 1000 characters") String otherConditions,
        BigDecimal hba1cPercent,
        BigDecimal bmi,
        @NotNull(message = "Send the version you edited (0 for a first save)") Integer version) {

    HealthScreenInput toInput() {
        return new HealthScreenInput(answers == null ? Map.of() : answers, otherMedications, otherConditions,
                hba1cPercent, bmi);
    }
}
