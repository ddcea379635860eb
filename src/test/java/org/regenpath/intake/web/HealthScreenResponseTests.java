package org.regenpath.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regenpath.intake.web.IntakeSamples.JSON;

import org.junit.jupiter.api.Test;
import org.regenpath.intake.HealthScreen;

/** The API's own health screen reads exactly as the module record did, answers in the module's order. */
class HealthScreenResponseTests {

    @Test
    void serialisesAsTheModuleRecordDidWhenSaved() {
        HealthScreen screen = IntakeSamples.fullScreen();
        String before = JSON.writeValueAsString(screen);
        assertThat(JSON.writeValueAsString(HealthScreenResponse.of(screen))).isEqualTo(before);
        assertThat(before).startsWith("{\"patientId\":7,\"answers\":{\"ACTIVE_INFECTION\":\"NO\","
                        + "\"CANCER_HISTORY\":\"YES\",\"ACTIVE_MALIGNANCY\":\"UNKNOWN\"},\"otherMedications\":")
                .endsWith("\"hba1cPercent\":7.4,\"bmi\":31.2,\"updatedAt\":\"2026-12-01T15:30:00.123456Z\","
                        + "\"updatedBy\":\"ada\",\"version\":4}");
    }

    @Test
    void serialisesAsTheModuleRecordDidWhenNeverSaved() {
        HealthScreen screen = IntakeSamples.bareScreen();
        String before = JSON.writeValueAsString(screen);
        assertThat(JSON.writeValueAsString(HealthScreenResponse.of(screen))).isEqualTo(before);
        assertThat(before).contains("\"otherMedications\":null,").endsWith("\"updatedBy\":null,\"version\":0}");
    }
}
