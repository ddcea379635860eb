package org.regenpath.intake.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.regenpath.intake.Answer;
import org.regenpath.intake.HealthFact;
import org.regenpath.intake.HealthScreen;
import org.regenpath.shared.PatientId;

/**
 * A patient's health screen as the JSON API sends it (decision 0038): its own type, so the module may change
 * {@link HealthScreen} without changing what clients read. Field names, order and values are those clients have
 * always read (the answers in the module's own order); the schema keeps its published name.
 */
@Schema(name = "HealthScreen")
record HealthScreenResponse(
        PatientId patientId,
        Map<HealthFact, Answer> answers,
        String otherMedications,
        String otherConditions,
        BigDecimal hba1cPercent,
        BigDecimal bmi,
        Instant updatedAt,
        String updatedBy,
        int version) {

    static HealthScreenResponse of(HealthScreen s) {
        return new HealthScreenResponse(s.patientId(), s.answers(), s.otherMedications(), s.otherConditions(),
                s.hba1cPercent(), s.bmi(), s.updatedAt(), s.updatedBy(), s.version());
    }
}
