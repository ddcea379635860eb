package org.regenpath.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regenpath.intake.web.IntakeSamples.JSON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.BodySite;
import org.regenpath.intake.CatalogCondition;
import org.regenpath.intake.ConditionCategory;
import org.regenpath.intake.ConditionCode;
import org.regenpath.intake.Evidence;
import org.regenpath.intake.EvidenceLevel;
import org.regenpath.intake.Laterality;

/** The API's own catalog condition reads exactly as the module record did: sites, codes and evidence included. */
class CatalogConditionResponseTests {

    @Test
    void serialisesAsTheModuleRecordDidWithSidedAndUnsidedCodes() {
        CatalogCondition condition = new CatalogCondition("knee-oa", "Knee osteoarthritis",
                ConditionCategory.MUSCULOSKELETAL, true, true, List.of(new BodySite("KNEE", "Knee")), List.of(
                        new ConditionCode("M17.12", "Left knee", Laterality.LEFT, List.of("KNEE"), true, "CMS"),
                        new ConditionCode("M17.9", "Unspecified", null, List.of(), false, null)),
                new Evidence(EvidenceLevel.LOW, "Small trials", List.of("Source A")));
        String before = JSON.writeValueAsString(condition);
        assertThat(JSON.writeValueAsString(CatalogConditionResponse.of(condition))).isEqualTo(before);
        assertThat(before).startsWith("{\"id\":\"knee-oa\",\"display\":\"Knee osteoarthritis\","
                        + "\"category\":\"MUSCULOSKELETAL\",\"osteoarthritis\":true,\"lateralityApplies\":true,"
                        + "\"bodySites\":[{\"code\":\"KNEE\",\"display\":\"Knee\"}],\"codes\":[{\"code\":\"M17.12\","
                        + "\"display\":\"Left knee\",\"laterality\":\"LEFT\",\"bodySites\":[\"KNEE\"],"
                        + "\"verified\":true,\"source\":\"CMS\"}")
                .contains("\"laterality\":null,\"bodySites\":[],\"verified\":false,\"source\":null}")
                .endsWith("\"evidence\":{\"level\":\"LOW\",\"summary\":\"Small trials\",\"sources\":[\"Source A\"]}}")
                .doesNotContain("hasLaterality");
    }
}
