package org.regenpath.product.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.product.AdministrationOutcome;
import org.regenpath.product.BedsideFinding;
import org.regenpath.product.BedsideRule;
import tools.jackson.databind.json.JsonMapper;

/** The API's own administration outcome reads exactly as the module record did, given or stopped. */
class AdministrationResponseTests {

    private static final JsonMapper JSON = ProductResponseTests.JSON;

    @Test
    void serialisesAsTheModuleRecordDid() {
        AdministrationOutcome given = new AdministrationOutcome(true, 17, List.of(
                new BedsideFinding(BedsideRule.WRISTBAND_READ, true, "Wristband read."),
                new BedsideFinding(BedsideRule.SAME_PATIENT, true, "Same patient.")),
                ProductResponseTests.administered());
        AdministrationOutcome stopped = new AdministrationOutcome(false, 18, List.of(
                new BedsideFinding(BedsideRule.LABEL_READ, false, "STOP: the label cannot be read.")), null);
        for (AdministrationOutcome outcome : List.of(given, stopped)) {
            String before = JSON.writeValueAsString(outcome);
            assertThat(JSON.writeValueAsString(AdministrationResponse.of(outcome))).isEqualTo(before);
        }
        assertThat(JSON.writeValueAsString(AdministrationResponse.of(given)))
                .startsWith("{\"administered\":true,\"attemptId\":17,\"findings\":[{\"rule\":\"WRISTBAND_READ\","
                        + "\"passed\":true,\"message\":\"Wristband read.\"},")
                .contains("\"product\":{\"productId\":\"RP1234567890X\",");
        assertThat(JSON.writeValueAsString(AdministrationResponse.of(stopped))).endsWith(",\"product\":null}");
    }
}
