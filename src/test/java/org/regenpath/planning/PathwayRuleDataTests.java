package org.regenpath.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.ProductType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The shipped rule data loads, and broken rule data stops loading with a message that says where. */
class PathwayRuleDataTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ObjectNode shipped() {
        try (InputStream in = PathwayRuleDataTests.class.getClassLoader()
                .getResourceAsStream(RegulatoryClassifier.RULES)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RegulatoryClassifier loadChanged(Consumer<ObjectNode> change) {
        ObjectNode data = shipped();
        change.accept(data);
        return RegulatoryClassifier.load(new ByteArrayInputStream(JSON.writeValueAsBytes(data)), "test-rules.json");
    }

    private static ObjectNode firstRule(ObjectNode data) {
        return (ObjectNode) data.get("pathways").get(0).get("rules").get(0);
    }

    @Test
    void theShippedRulesLoadWithAVersionAndAProfileForEveryProductType() {
        RegulatoryClassifier classifier = RegulatoryClassifier.fromClasspath();
        assertThat(classifier.rulesVersion()).isNotBlank();
        for (ProductType t : ProductType.values()) {
            assertThat(classifier.profile(t).cellSources()).isNotEmpty();
        }
    }

    @Test
    void theShippedRulesLoadUnchangedThroughTheTestHarness() {
        assertThat(loadChanged(data -> { }).rulesVersion()).isEqualTo(shipped().get("version").asString());
    }

    @Test
    void refusesAnUnknownCriterionNamingWhereItIs() {
        assertThatThrownBy(() -> loadChanged(d -> firstRule(d).put("criterion", "SAME_DAY")))
                .isInstanceOf(InvalidRuleData.class)
                .hasMessageStartingWith("test-rules.json: at pathways[0].rules[0].criterion")
                .hasMessageContaining("SAME_DAY");
    }

    @Test
    void refusesAnUnknownPathway() {
        assertThatThrownBy(() -> loadChanged(d -> ((ObjectNode) d.get("pathways").get(1))
                        .put("pathway", "HCTP_362")))
                .isInstanceOf(InvalidRuleData.class)
                .hasMessageContaining("pathways[1].pathway")
                .hasMessageContaining("HCTP_362");
    }

    @Test
    void refusesARuleWithoutASource() {
        assertThatThrownBy(() -> loadChanged(d -> firstRule(d).remove("source")))
                .isInstanceOf(InvalidRuleData.class)
                .hasMessage("test-rules.json: rule NAH-1 names no \"source\"; every rule and statement must cite one");
    }

    @Test
    void refusesARuleCitingAnUnknownSource() {
        assertThatThrownBy(() -> loadChanged(d -> firstRule(d).put("source", "CFR-9999")))
                .isInstanceOf(InvalidRuleData.class)
                .hasMessageContaining("rule NAH-1 cites unknown source \"CFR-9999\"");
    }

    @Test
    void refusesARuleWithoutAPassageOrVerificationFlag() {
        assertThatThrownBy(() -> loadChanged(d -> firstRule(d).remove("passage")))
                .hasMessageContaining("rule NAH-1 names no \"passage\"");
        assertThatThrownBy(() -> loadChanged(d -> firstRule(d).remove("verified")))
                .hasMessageContaining("rule NAH-1 does not say whether it was \"verified\"");
    }

    @Test
    void refusesAMisspelledFieldRatherThanDroppingIt() {
        assertThatThrownBy(() -> loadChanged(d -> firstRule(d).put("citation", "1271.15(b)")))
                .isInstanceOf(InvalidRuleData.class)
                .hasMessageContaining("citation");
    }

    @Test
    void refusesDuplicateRuleIds() {
        assertThatThrownBy(() -> loadChanged(d -> firstRule(d).put("id", "HCTP361-1")))
                .hasMessageContaining("rule id HCTP361-1 is used twice");
    }

    @Test
    void refusesPathwaysOutOfOrderOrAFallbackBeforeThem() {
        assertThatThrownBy(() -> loadChanged(d -> {
            ArrayNode pathways = (ArrayNode) d.get("pathways");
            pathways.add(pathways.remove(0));
        })).hasMessageContaining("pathways must be listed in the order");
        assertThatThrownBy(() -> loadChanged(d -> ((ObjectNode) d.get("fallback")).put("pathway", "HCTP_361")))
                .hasMessageContaining("the fallback pathway must come after every other pathway");
    }

    @Test
    void refusesRuleDataMissingAProductType() {
        assertThatThrownBy(() -> loadChanged(d -> ((ArrayNode) d.get("productTypes")).remove(0)))
                .hasMessageContaining("no entry for product type(s) [BONE_MARROW_CONCENTRATE]");
    }

    @Test
    void refusesAProductTypeDerivationWithoutASource() {
        assertThatThrownBy(() -> loadChanged(d -> ((ObjectNode) d.get("productTypes").get(1)
                        .get("impliedManipulation")).remove("source")))
                .hasMessageContaining("product type ADIPOSE_SVF_ENZYMATIC impliedManipulation names no \"source\"");
    }

    @Test
    void refusesAnUnknownCellSourceInAProductType() {
        assertThatThrownBy(() -> loadChanged(d -> ((ArrayNode) d.get("productTypes").get(0).get("cellSources"))
                        .add("AUTOLOGOUS_BLOOD")))
                .isInstanceOf(InvalidRuleData.class)
                .hasMessageContaining("productTypes[0].cellSources")
                .hasMessageContaining("AUTOLOGOUS_BLOOD");
    }

    @Test
    void refusesAHomologousUsePositionWithoutASourceOrListedTwice() {
        assertThatThrownBy(() -> loadChanged(d -> ((ObjectNode) d.get("homologousUse").get(0)).remove("source")))
                .hasMessageContaining("homologousUse of BONE_MARROW_CONCENTRATE names no \"source\"");
        assertThatThrownBy(() -> loadChanged(d -> ((ArrayNode) d.get("homologousUse"))
                        .add(d.get("homologousUse").get(0).deepCopy())))
                .hasMessageContaining("homologousUse of BONE_MARROW_CONCENTRATE lists site kind JOINT twice");
        assertThatThrownBy(() -> loadChanged(d -> ((ObjectNode) d.get("homologousUse").get(0))
                        .put("value", "PROBABLY")))
                .hasMessageContaining("PROBABLY");
    }

    @Test
    void refusesSiteKindsWithoutWordsOrANotAnHctpBasisWithoutACitation() {
        assertThatThrownBy(() -> loadChanged(d -> ((ObjectNode) d.get("siteKinds").get(0)).putArray("words")))
                .hasMessageContaining("site kind SPINE lists no \"words\"");
        assertThatThrownBy(() -> loadChanged(d -> ((ObjectNode) d.get("productTypes").get(0).get("notAnHctp"))
                        .remove("passage")))
                .hasMessageContaining("product type BONE_MARROW_CONCENTRATE notAnHctp names no \"passage\"");
    }

    @Test
    void refusesAnEmptyOrUnreadableFile() {
        assertThatThrownBy(() -> RegulatoryClassifier.load(new ByteArrayInputStream("{".getBytes()), "broken.json"))
                .isInstanceOf(InvalidRuleData.class)
                .hasMessageStartingWith("broken.json: at ");
    }
}
