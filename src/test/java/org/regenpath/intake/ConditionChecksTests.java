package org.regenpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A pain condition must fit the catalog: code of its condition, site and side that fit, sane dates and scores. */
class ConditionChecksTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate BORN = LocalDate.of(1958, 3, 14);
    static final TreatmentInput PT = new TreatmentInput(TreatmentCategory.PHYSICAL_THERAPY, "12 sessions", 12,
            TreatmentResponse.PARTIAL_RELIEF);

    static ConditionInput knee(String code, String site, Laterality side) {
        return new ConditionInput("knee-oa", code, site, side, LocalDate.of(2024, 5, 1), 6, 2, null, List.of(PT));
    }

    static Map<String, String> check(ConditionInput in) {
        return ConditionChecks.check(ConditionCatalogTests.CATALOG, in, TODAY, BORN);
    }

    @Test
    void acceptsAConsistentCondition() {
        assertThat(check(knee("M17.11", "KNEE", Laterality.RIGHT))).isEmpty();
        assertThat(check(new ConditionInput("low-back-pain", "M54.51", "LUMBAR_SPINE", Laterality.NOT_APPLICABLE,
                TODAY, 0, null, "", List.of()))).isEmpty();
    }

    @Test
    void refusesAnUnknownConditionAndACodeOfAnotherCondition() {
        assertThat(check(new ConditionInput("tennis-toe", "M17.11", "KNEE", Laterality.RIGHT, TODAY, 5, null, null,
                List.of()))).containsEntry("conditionId", "Unknown condition 'tennis-toe'");
        assertThat(check(knee("M16.11", "KNEE", Laterality.RIGHT)))
                .containsEntry("icd10Code", "M16.11 is a code for Hip osteoarthritis, not Knee osteoarthritis");
    }

    @Test
    void explainsARetiredCode() {
        assertThat(check(new ConditionInput("low-back-pain", "M54.5", "LUMBAR_SPINE", Laterality.NOT_APPLICABLE,
                TODAY, 5, null, null, List.of())))
                .containsEntry("icd10Code", "M54.5 was retired in FY2022; use M54.50, M54.51, M54.59");
    }

    @Test
    void theCodesSideMustAgreeWithTheSide() {
        assertThat(check(knee("M17.11", "KNEE", Laterality.LEFT)))
                .containsEntry("icd10Code", "M17.11 is the right code; for left use M17.12 or M17.32");
        assertThat(check(new ConditionInput("rotator-cuff", "M75.121", "SHOULDER", Laterality.BILATERAL, TODAY, 5,
                null, null, List.of()))).extractingByKey("icd10Code").asString()
                .contains("there is no bilateral code for Rotator cuff tendinopathy or tear, so record each side");
    }

    @Test
    void sideAndSiteMustFitTheCondition() {
        assertThat(check(knee("M17.11", "KNEE", Laterality.NOT_APPLICABLE)))
                .containsEntry("laterality", "Choose left, right or both sides for Knee osteoarthritis");
        assertThat(check(new ConditionInput("low-back-pain", "M54.51", "LUMBAR_SPINE", Laterality.LEFT, TODAY, 5, null,
                null, List.of()))).containsKey("laterality");
        assertThat(check(knee("M17.11", "HIP", Laterality.RIGHT)))
                .containsEntry("bodySite", "Hip does not fit Knee osteoarthritis; choose Knee");
        assertThat(check(new ConditionInput("other-tendinopathy", "M77.11", "KNEE", Laterality.RIGHT, TODAY, 5, null,
                null, List.of()))).containsEntry("bodySite", "M77.11 is a code for the elbow, not the knee");
    }

    @Test
    void datesAndScoresHaveLimits() {
        ConditionInput future = new ConditionInput("knee-oa", "M17.11", "KNEE", Laterality.RIGHT, TODAY.plusDays(1),
                11, 5, "x".repeat(2001), List.of());
        assertThat(check(future))
                .containsEntry("onsetDate", "Cannot be in the future")
                .containsEntry("baselineNrs", "Pain is scored 0 to 10 (NRS-11)")
                .containsEntry("klGrade", "The Kellgren-Lawrence grade is 0 to 4")
                .containsEntry("notes", "At most 2000 characters");
        ConditionInput beforeBirth = new ConditionInput("knee-oa", "M17.11", "KNEE", Laterality.RIGHT,
                BORN.minusDays(1), 10, 4, null, List.of());
        assertThat(check(beforeBirth)).containsOnlyKeys("onsetDate");
        assertThat(check(new ConditionInput("knee-oa", "M17.11", "KNEE", Laterality.RIGHT, TODAY, -1, null, null,
                List.of()))).containsOnlyKeys("baselineNrs");
    }

    @Test
    void theKellgrenLawrenceGradeIsForOsteoarthritisOnly() {
        assertThat(check(new ConditionInput("low-back-pain", "M54.51", "LUMBAR_SPINE", Laterality.NOT_APPLICABLE,
                TODAY, 5, 2, null, List.of()))).containsOnlyKeys("klGrade");
    }

    @Test
    void namesEachBadTreatmentField() {
        ConditionInput in = new ConditionInput("knee-oa", "M17.11", "KNEE", Laterality.RIGHT, TODAY, 5, null, null,
                List.of(PT, new TreatmentInput(null, "d".repeat(201), 1041, null)));
        assertThat(check(in)).containsOnlyKeys("treatments[1].category", "treatments[1].description",
                "treatments[1].durationWeeks", "treatments[1].response");
    }

    @Test
    void requiresEveryMandatoryField() {
        assertThat(check(new ConditionInput(null, null, null, null, null, null, null, null, null)))
                .containsOnlyKeys("conditionId", "icd10Code", "bodySite", "laterality", "onsetDate", "baselineNrs");
    }
}
