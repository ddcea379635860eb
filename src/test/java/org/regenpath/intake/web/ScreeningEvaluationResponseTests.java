package org.regenpath.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regenpath.intake.web.IntakeSamples.JSON;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.ScreeningEvaluation;

/** The API's own evaluation reads exactly as the module record did: policy, findings and evidence included. */
class ScreeningEvaluationResponseTests {

    @Test
    void serialisesAsTheModuleRecordDidWithFindingsAndEvidence() {
        ScreeningEvaluation evaluation = new ScreeningEvaluation(IntakeSamples.PATIENT, "rules-2026.12",
                IntakeSamples.policy(), Outcome.NEEDS_REVIEW, IntakeSamples.findings(), IntakeSamples.evidence(),
                LocalDate.of(2026, 12, 7));
        String before = JSON.writeValueAsString(evaluation);
        assertThat(JSON.writeValueAsString(ScreeningEvaluationResponse.of(evaluation))).isEqualTo(before);
        assertThat(before).startsWith("{\"patientId\":7,\"ruleSetVersion\":\"rules-2026.12\",\"clinicPolicy\":"
                        + "{\"version\":\"default-2026.12\",")
                .contains("\"label\":", "\"outcome\":\"NEEDS_REVIEW\",\"findings\":[{\"ruleId\":\"EXC-INFECTION\","
                                + "\"outcome\":\"ELIGIBLE\",\"message\":",
                        "\"painConditionId\":null,\"condition\":null}",
                        "\"evidence\":[{\"painConditionId\":41,\"conditionId\":\"knee-oa\",")
                .endsWith("\"sources\":[\"Source A\",\"Source B\"]}],\"evaluatedOn\":\"2026-12-07\"}");
    }

    @Test
    void serialisesAsTheModuleRecordDidWithNothingFound() {
        ScreeningEvaluation evaluation = new ScreeningEvaluation(IntakeSamples.PATIENT, "rules-2026.12",
                IntakeSamples.bare(IntakeSamples.policy()), Outcome.ELIGIBLE, List.of(), List.of(),
                LocalDate.of(2026, 12, 7));
        String before = JSON.writeValueAsString(evaluation);
        assertThat(JSON.writeValueAsString(ScreeningEvaluationResponse.of(evaluation))).isEqualTo(before);
        assertThat(before).contains("\"findings\":[],\"evidence\":[]");
    }
}
