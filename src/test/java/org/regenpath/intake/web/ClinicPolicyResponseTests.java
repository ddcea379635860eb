package org.regenpath.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regenpath.intake.web.IntakeSamples.JSON;

import org.junit.jupiter.api.Test;
import org.regenpath.intake.ClinicPolicy;

/** The API's own clinic policy reads exactly as the module record did, its label included and last. */
class ClinicPolicyResponseTests {

    @Test
    void serialisesAsTheModuleRecordDidWithTheMeasurementLimitsSetOrEmpty() {
        ClinicPolicy full = IntakeSamples.policy();
        for (ClinicPolicy policy : new ClinicPolicy[] {full, IntakeSamples.bare(full)}) {
            String before = JSON.writeValueAsString(policy);
            assertThat(JSON.writeValueAsString(ClinicPolicyResponse.of(policy))).isEqualTo(before);
            assertThat(before).startsWith("{\"version\":\"default-2026.12\",\"minConservativeCareWeeks\":12,"
                    + "\"steroidWashoutWeeks\":6,\"maxHba1cPercent\":")
                    .endsWith(",\"label\":\"" + ClinicPolicy.LABEL + "\"}");
        }
        assertThat(JSON.writeValueAsString(IntakeSamples.bare(full)))
                .contains("\"maxHba1cPercent\":null,\"maxBmi\":null");
    }
}
