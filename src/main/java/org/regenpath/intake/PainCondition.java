package org.regenpath.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.shared.PatientId;

/**
 * A pain condition of a patient's profile, with the catalog's names resolved and its chronicity today.
 *
 * @param id the pain condition's own id
 * @param conditionId the catalog condition, e.g. {@code knee-oa}
 * @param enteredInError true when it was entered by mistake; kept for the record, hidden from screening
 * @param version for optimistic locking: send it back with a change
 */
public record PainCondition(
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
        int version) {}
