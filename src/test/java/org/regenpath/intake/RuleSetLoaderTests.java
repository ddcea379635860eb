package org.regenpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rule set loader accepts the shipped file and refuses every kind of bad rule. */
class RuleSetLoaderTests {

    static final String ONE_RULE = """
            {"version": "test.1", "title": "t", "notes": [],
             "rules": [{"id": "EXC-TEST", "kind": "FACT", "fact": "ACTIVE_INFECTION", "outcome": "NOT_ELIGIBLE",
                        "message": "m", "patientMessage": "p", "passMessage": "ok", "source": "A public source 2020"}]}
            """;

    @Test
    void loadsTheShippedRuleSet() {
        RuleSet rules = RuleSetLoader.load();
        assertThat(rules.version()).isEqualTo("2026.11");
        assertThat(rules.rules()).extracting(Rule::kind).contains(RuleKind.values());
        assertThat(rules.rules()).filteredOn(r -> r.kind() == RuleKind.FACT).extracting(Rule::fact)
                .containsExactlyInAnyOrder(HealthFact.values());
        assertThat(rules.rules()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
    }

    @Test
    void loadsAMinimalGoodFile() {
        RuleSet rules = RuleSetLoader.parse("one", ONE_RULE);
        assertThat(rules.rules()).singleElement().satisfies(r -> {
            assertThat(r.fact()).isEqualTo(HealthFact.ACTIVE_INFECTION);
            assertThat(r.unknownMessage()).isEqualTo("Not yet answered: {fact}.");
        });
    }

    @Test
    void refusesAnUnknownKind() {
        assertProblem(ONE_RULE.replace("\"kind\": \"FACT\"", "\"kind\": \"AGE\""), "kind 'AGE' is unknown");
    }

    @Test
    void refusesAnUnknownFact() {
        assertProblem(ONE_RULE.replace("ACTIVE_INFECTION", "SMOKER"), "fact 'SMOKER' is unknown");
    }

    @Test
    void refusesAnUnknownOutcomeAndAnEligibleOne() {
        assertProblem(ONE_RULE.replace("\"NOT_ELIGIBLE\"", "\"MAYBE\""), "outcome 'MAYBE' is unknown");
        assertProblem(ONE_RULE.replace("\"NOT_ELIGIBLE\"", "\"ELIGIBLE\""), "ELIGIBLE makes it a no-op");
    }

    @Test
    void refusesARuleWithoutASource() {
        assertProblem(ONE_RULE.replace("\"source\": \"A public source 2020\"", "\"source\": \" \""), "has no source");
        assertProblem(ONE_RULE.replace(", \"source\": \"A public source 2020\"", ""), "has no source");
    }

    @Test
    void refusesDuplicateIdsAndTheSameFactTwice() {
        String twice = ONE_RULE.replace("}]}", "}, {\"id\": \"EXC-TEST\", \"kind\": \"FACT\", \"fact\":"
                + " \"ACTIVE_INFECTION\", \"outcome\": \"NEEDS_REVIEW\", \"message\": \"m\", \"patientMessage\": \"p\","
                + " \"passMessage\": \"ok\", \"source\": \"s\"}]}");
        assertProblem(twice, "duplicate rule id EXC-TEST");
        assertProblem(twice, "already screened by another rule");
    }

    @Test
    void refusesMissingOrForeignParameters() {
        assertProblem(ONE_RULE.replace("\"kind\": \"FACT\", \"fact\": \"ACTIVE_INFECTION\"",
                "\"kind\": \"CHRONIC_DURATION\""), "minMonths must be between 1 and 120");
        assertProblem(ONE_RULE.replace("\"kind\": \"FACT\", \"fact\": \"ACTIVE_INFECTION\"",
                "\"kind\": \"OA_SEVERITY\", \"minGrade\": 5"), "minGrade (Kellgren-Lawrence 0-4) must be between 0 and 4");
        assertProblem(ONE_RULE.replace("\"fact\": \"ACTIVE_INFECTION\"", "\"fact\": \"ACTIVE_INFECTION\", \"minGrade\": 4"),
                "'minGrade' belongs to OA_SEVERITY rules");
        assertProblem(ONE_RULE.replace("\"kind\": \"FACT\", \"fact\": \"ACTIVE_INFECTION\"",
                "\"kind\": \"CONSERVATIVE_CARE\", \"categories\": [\"YOGA\"]"), "category 'YOGA' is unknown");
    }

    @Test
    void refusesUnknownFieldsAndBrokenJson() {
        assertProblem(ONE_RULE.replace("\"source\"", "\"sources\""), "not valid JSON");
        assertProblem("{\"version\": ", "not valid JSON");
    }

    private static void assertProblem(String json, String expected) {
        assertThatThrownBy(() -> RuleSetLoader.parse("test", json))
                .isInstanceOf(InvalidClinicalData.class)
                .hasMessageContaining(expected);
    }
}
