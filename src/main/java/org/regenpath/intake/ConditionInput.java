package org.regenpath.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * A pain condition as entered, to add or replace one. The service checks it whole against the catalog and
 * writes nothing when any field is wrong; field names in its errors are these component names, with
 * {@code treatments[i].field} for treatments.
 *
 * @param conditionId a catalog condition id, e.g. {@code knee-oa}
 * @param icd10Code a code of that condition, agreeing with the side when the code carries one
 * @param bodySite a body site of that condition (and of that code, when the code is site-specific)
 * @param onsetDate when the pain began; not in the future
 * @param baselineNrs baseline pain, 0-10 on the numeric rating scale (NRS-11)
 * @param klGrade Kellgren-Lawrence grade 0-4, for osteoarthritis only; optional
 * @param notes optional, at most 2000 characters
 * @param treatments the treatments already tried; at most 20
 */
public record ConditionInput(
        String conditionId,
        String icd10Code,
        String bodySite,
        Laterality laterality,
        LocalDate onsetDate,
        Integer baselineNrs,
        Integer klGrade,
        String notes,
        List<TreatmentInput> treatments) {}
