package org.regenpath.intake.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.regenpath.intake.TreatmentCategory;
import org.regenpath.intake.TreatmentInput;
import org.regenpath.intake.TreatmentResponse;

/** A treatment already tried, in a request body. */
record TreatmentRequest(
        @NotNull(message = "Choose the kind of treatment") TreatmentCategory category,
        @Size(max = 200, message = "At most 200 characters") String description,
        @NotNull(message = "Enter how many weeks")
                @Min(value = 0, message = "0 to 1040 weeks (20 years)")
                @Max(value = 1040, message = "0 to 1040 weeks (20 years)")
                Integer durationWeeks,
        @NotNull(message = "Choose how it worked") TreatmentResponse response,
        LocalDate startDate,
        LocalDate lastDate,
        @Size(max = 40, message = "At most 40 characters") String injectionSite) {

    TreatmentInput toInput() {
        return new TreatmentInput(category, description, durationWeeks, response, startDate, lastDate,
                injectionSite);
    }
}
