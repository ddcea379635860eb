package org.regenpath.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regenpath.intake.web.IntakeSamples.JSON;

import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyDecision;

/** The API's own decision reads exactly as the module record did, with the evaluation's findings and evidence. */
class CandidacyDecisionResponseTests {

    @Test
    void serialisesAsTheModuleRecordDidForAnOverrideWithANote() {
        CandidacyDecision decision = IntakeSamples.decision("Steroid was a year ago", "Trial first");
        String before = JSON.writeValueAsString(decision);
        assertThat(JSON.writeValueAsString(CandidacyDecisionResponse.of(decision))).isEqualTo(before);
        assertThat(before).startsWith("{\"id\":90,\"patientId\":7,\"outcome\":\"TRIAL_ONLY\","
                        + "\"evaluatedOutcome\":\"NEEDS_REVIEW\",\"overridden\":true,\"reason\":")
                .contains("\"clinicPolicyVersion\":\"default-2026.12\",\"findings\":[{\"ruleId\":\"EXC-INFECTION\"",
                        "\"evidence\":[{\"painConditionId\":41,")
                .endsWith("\"decidedBy\":\"ada\",\"decidedByRole\":\"CLINICIAN\","
                        + "\"decidedAt\":\"2026-12-01T15:30:00.123456Z\"}");
    }

    @Test
    void serialisesAsTheModuleRecordDidWithoutReasonOrNote() {
        CandidacyDecision decision = IntakeSamples.decision(null, null);
        String before = JSON.writeValueAsString(decision);
        assertThat(JSON.writeValueAsString(CandidacyDecisionResponse.of(decision))).isEqualTo(before);
        assertThat(before).contains("\"overridden\":false,\"reason\":null,\"note\":null,");
    }
}
