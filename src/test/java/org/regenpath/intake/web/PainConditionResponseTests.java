package org.regenpath.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regenpath.intake.web.IntakeSamples.JSON;

import org.junit.jupiter.api.Test;
import org.regenpath.intake.PainCondition;

/** The API's own pain condition reads exactly as the module record did, treatments and chronicity included. */
class PainConditionResponseTests {

    @Test
    void serialisesAsTheModuleRecordDidWithEveryFieldAndTreatmentSet() {
        PainCondition condition = IntakeSamples.fullCondition();
        String before = JSON.writeValueAsString(condition);
        assertThat(JSON.writeValueAsString(PainConditionResponse.of(condition))).isEqualTo(before);
        assertThat(before).startsWith("{\"id\":41,\"patientId\":7,\"conditionId\":\"knee-oa\",")
                .contains("\"notes\":\"Worse on stairs\",\"treatments\":[{\"category\":\"NSAID\","
                        + "\"description\":\"Ibuprofen 400 mg\",\"durationWeeks\":12,\"response\":\"PARTIAL_RELIEF\","
                        + "\"startDate\":\"2026-01-05\",\"lastDate\":\"2026-03-30\",\"injectionSite\":null}",
                        "\"chronicity\":{\"chronic\":true,\"qualifiesOn\":\"2026-02-28\"},\"enteredInError\":true,"
                                + "\"enteredInErrorReason\":\"Wrong knee\"")
                .endsWith("\"updatedBy\":\"grace\",\"version\":2}");
    }

    @Test
    void serialisesAsTheModuleRecordDidWithTheOptionalFieldsEmpty() {
        PainCondition condition = IntakeSamples.bareCondition();
        String before = JSON.writeValueAsString(condition);
        assertThat(JSON.writeValueAsString(PainConditionResponse.of(condition))).isEqualTo(before);
        assertThat(before).contains("\"category\":null,", "\"klGrade\":null,\"notes\":null,\"treatments\":[],");
    }
}
