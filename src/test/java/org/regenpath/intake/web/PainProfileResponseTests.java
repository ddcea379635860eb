package org.regenpath.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regenpath.intake.web.IntakeSamples.JSON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.PainProfile;

/** The API's own pain profile reads exactly as the module record did, conditions and health screen included. */
class PainProfileResponseTests {

    @Test
    void serialisesAsTheModuleRecordDidWithConditionsAndASavedScreen() {
        PainProfile profile = new PainProfile(IntakeSamples.PATIENT,
                List.of(IntakeSamples.fullCondition(), IntakeSamples.bareCondition()), IntakeSamples.fullScreen());
        String before = JSON.writeValueAsString(profile);
        assertThat(JSON.writeValueAsString(PainProfileResponse.of(profile))).isEqualTo(before);
        assertThat(before).startsWith("{\"patientId\":7,\"conditions\":[{\"id\":41,")
                .contains("},{\"id\":42,", "}],\"healthScreen\":{\"patientId\":7,\"answers\":{")
                .doesNotContain("activeConditions");
    }

    @Test
    void serialisesAsTheModuleRecordDidWithoutConditions() {
        PainProfile profile = new PainProfile(IntakeSamples.PATIENT, List.of(), IntakeSamples.bareScreen());
        String before = JSON.writeValueAsString(profile);
        assertThat(JSON.writeValueAsString(PainProfileResponse.of(profile))).isEqualTo(before);
        assertThat(before).startsWith("{\"patientId\":7,\"conditions\":[],\"healthScreen\":{");
    }
}
