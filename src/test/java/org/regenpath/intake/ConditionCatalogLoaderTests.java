package org.regenpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The catalog loader accepts a consistent file and refuses each kind of inconsistency with a clear problem. */
class ConditionCatalogLoaderTests {

    static final String GOOD = """
            {
              "title": "t", "codeSystem": "ICD-10-CM FY2026", "sources": ["CDC/NCHS"], "notes": [],
              "bodySites": [{"code": "KNEE", "display": "Knee"}, {"code": "HIP", "display": "Hip"}],
              "retiredCodes": [{"code": "M54.5", "retiredIn": "FY2022", "replacedBy": ["M54.50"], "source": "s"}],
              "conditions": [
                {"id": "knee-oa", "display": "Knee osteoarthritis", "category": "MUSCULOSKELETAL",
                 "osteoarthritis": true, "lateralityApplies": true, "bodySites": ["KNEE"],
                 "evidence": {"level": "LOW", "summary": "small trials", "sources": ["shared/seeds/001"]},
                 "codes": [
                   {"code": "M17.11", "display": "Unilateral primary osteoarthritis, right knee", "laterality": "RIGHT",
                    "verified": true, "source": "https://example.org/M17.11"},
                   {"code": "M17.12", "display": "Unilateral primary osteoarthritis, left knee", "laterality": "LEFT",
                    "verified": false, "source": "Not checked"}
                 ]},
                {"id": "low-back-pain", "display": "Chronic low back pain", "category": "SPINAL",
                 "osteoarthritis": false, "lateralityApplies": false, "bodySites": ["HIP"],
                 "evidence": {"level": "VERY_LOW", "summary": "none", "sources": ["shared/seeds/001"]},
                 "codes": [{"code": "M54.50", "display": "Low back pain, unspecified", "verified": true,
                            "source": "https://example.org/M54.50"}]}
              ]
            }
            """;

    @Test
    void loadsAConsistentCatalog() {
        CatalogData data = ConditionCatalogLoader.parse("good", GOOD);
        assertThat(data.conditions()).extracting(CatalogCondition::id).containsExactly("knee-oa", "low-back-pain");
        assertThat(data.conditionOfCode("M17.12").orElseThrow().id()).isEqualTo("knee-oa");
        assertThat(data.condition("knee-oa").orElseThrow().code("M17.11").orElseThrow().verified()).isTrue();
    }

    @Test
    void refusesDuplicateConditionIds() {
        assertProblem(GOOD.replace("\"id\": \"low-back-pain\"", "\"id\": \"knee-oa\""), "duplicate condition id knee-oa");
    }

    @Test
    void refusesTheSameCodeTwice() {
        assertProblem(GOOD.replace("\"code\": \"M17.12\"", "\"code\": \"M17.11\""), "duplicate code M17.11");
    }

    @Test
    void refusesAMalformedCode() {
        assertProblem(GOOD.replace("\"M54.50\", \"display\"", "\"M5450\", \"display\""),
                "'M5450' is not a well-formed ICD-10-CM code");
    }

    @Test
    void refusesARetiredCode() {
        assertProblem(GOOD.replace("\"M54.50\", \"display\"", "\"M54.5\", \"display\""), "retired in FY2022");
    }

    @Test
    void refusesASideSpecificCodeOnAConditionWithoutSides() {
        assertProblem(GOOD.replace("\"display\": \"Low back pain, unspecified\",",
                "\"display\": \"Low back pain, unspecified\", \"laterality\": \"LEFT\","), "condition without sides");
    }

    @Test
    void refusesAnUnknownBodySiteAndACodeSiteOutsideItsCondition() {
        assertProblem(GOOD.replace("\"bodySites\": [\"HIP\"]", "\"bodySites\": [\"ELBOW\"]"), "unknown body site ELBOW");
        assertProblem(GOOD.replace("\"laterality\": \"LEFT\",", "\"laterality\": \"LEFT\", \"bodySites\": [\"HIP\"],"),
                "body site HIP is not one of the condition's sites");
    }

    @Test
    void refusesAnUnknownCategoryOrEvidenceLevel() {
        assertProblem(GOOD.replace("\"SPINAL\"", "\"SPINE\""), "category 'SPINE'");
        assertProblem(GOOD.replace("\"VERY_LOW\"", "\"HIGH\""), "evidence level 'HIGH'");
    }

    @Test
    void refusesACodeOrEvidenceWithoutASource() {
        assertProblem(GOOD.replace("\"source\": \"Not checked\"", "\"source\": \"\""), "needs a display, 'verified' and a source");
        assertProblem(GOOD.replace("\"summary\": \"none\", \"sources\": [\"shared/seeds/001\"]",
                "\"summary\": \"none\", \"sources\": []"), "evidence needs a level, a summary and at least one source");
    }

    @Test
    void refusesUnknownFieldsSoATypoCannotDropData() {
        assertProblem(GOOD.replace("\"source\": \"Not checked\"", "\"sourse\": \"Not checked\""), "not valid JSON");
    }

    private static void assertProblem(String json, String expected) {
        assertThatThrownBy(() -> ConditionCatalogLoader.parse("test", json))
                .isInstanceOf(InvalidClinicalData.class)
                .hasMessageContaining(expected);
    }
}
