package org.regenpath.intake.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.intake.ConditionCategory;
import org.regenpath.intake.Laterality;
import org.regenpath.intake.PainCondition;
import org.regenpath.intake.TreatmentCategory;
import org.regenpath.intake.TreatmentResponse;
import org.regenpath.shared.PatientId;

/**
 * A pain condition of a patient's profile as the JSON API sends it (decision 0038): its own type, with its
 * treatments and chronicity, so the module may change {@link PainCondition} without changing what clients read.
 * Field names, order and values are those clients have always read; the schemas keep their published names.
 */
@Schema(name = "PainCondition")
record PainConditionResponse(
        long id,
        PatientId patientId,
        String conditionId,
        String conditionName,
        ConditionCategory category,
        String icd10Code,
        String icd10Display,
        String bodySite,
        String bodySiteDisplay,
        Laterality laterality,
        LocalDate onsetDate,
        int baselineNrs,
        Integer klGrade,
        String notes,
        List<Treatment> treatments,
        Chronicity chronicity,
        boolean enteredInError,
        String enteredInErrorReason,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        int version) {

    /** A treatment the patient has tried for the condition, and how it worked. */
    @Schema(name = "Treatment")
    record Treatment(
            TreatmentCategory category,
            String description,
            int durationWeeks,
            TreatmentResponse response,
            LocalDate startDate,
            LocalDate lastDate,
            String injectionSite) {}

    /** Whether the condition is chronic today, and the day it became or becomes so. */
    @Schema(name = "Chronicity")
    record Chronicity(boolean chronic, LocalDate qualifiesOn) {}

    static PainConditionResponse of(PainCondition c) {
        return new PainConditionResponse(c.id(), c.patientId(), c.conditionId(), c.conditionName(), c.category(),
                c.icd10Code(), c.icd10Display(), c.bodySite(), c.bodySiteDisplay(), c.laterality(), c.onsetDate(),
                c.baselineNrs(), c.klGrade(), c.notes(),
                Responses.each(c.treatments(), t -> new Treatment(t.category(), t.description(), t.durationWeeks(),
                        t.response(), t.startDate(), t.lastDate(), t.injectionSite())),
                c.chronicity() == null ? null
                        : new Chronicity(c.chronicity().chronic(), c.chronicity().qualifiesOn()),
                c.enteredInError(), c.enteredInErrorReason(), c.createdAt(), c.createdBy(), c.updatedAt(),
                c.updatedBy(), c.version());
    }
}
