package org.regenpath.intake.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.intake.ConditionInput;
import org.regenpath.intake.Laterality;

/**
 * A pain condition in a request body. The service checks the domain rules again (code of the condition, side,
 * site, onset not before birth). {@code version} is required when replacing a condition and ignored when adding.
 */
record ConditionRequest(
        @NotBlank(message = "Choose the condition") @Size(max = 64, message = "At most 64 characters")
                String conditionId,
        @NotBlank(message = "Choose the ICD-10-CM code") @Size(max = 10, message = "At most 10 characters")
                String icd10Code,
        @NotBlank(message = "Choose the body site") @Size(max = 40, message = "At most 40 characters")
                String bodySite,
        @NotNull(message = "Choose the side") Laterality laterality,
        @NotNull(message = "Enter when the pain began") @PastOrPresent(message = "Cannot be in the future")
                LocalDate onsetDate,
        @NotNull(message = "Enter the baseline pain, 0 to 10")
                @Min(value = 0, message = "Pain is scored 0 to 10 (NRS-11)")
                @Max(value = 10, message = "Pain is scored 0 to 10 (NRS-11)")
                Integer baselineNrs,
        @Min(value = 0, message = "The Kellgren-Lawrence grade is 0 to 4")
                @Max(value = 4, message = "The Kellgren-Lawrence grade is 0 to 4")
                Integer klGrade,
        @Size(max = 2000, message = "At most 2000 characters") String notes,
        @Size(max = 20, message = "At most 20 treatments")
                List<@Valid @NotNull(message = "Empty treatment") TreatmentRequest> treatments,
        Integer version) {

    ConditionInput toInput() {
        return new ConditionInput(conditionId, icd10Code, bodySite, laterality, onsetDate, baselineNrs, klGrade, notes,
                treatments == null ? List.of() : treatments.stream().map(TreatmentRequest::toInput).toList());
    }
}
