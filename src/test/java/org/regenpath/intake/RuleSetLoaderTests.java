package org.regenpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rule set loader accepts the shipped file and refuses every kind of bad rule. */
class RuleSetLoaderTests {

    static final String ONE_RULE = """
            {"version": "test.1", "title": "t", "notes": [],
             "clinicPolicy": {"version": "default-test", "label": "Clinic policy (no guideline sets a threshold)",
                              "minConservativeCareWeeks": 6, "steroidWashoutWeeks": 12, "maxHba1cPercent": 8.5,
                              "maxBmi": 40},
             "rules": [{"id": "EXC-TEST", "kind": "FACT", "fact": "ACTIVE_INFECTION", "outcome": "NOT_ELIGIBLE",
                        "message": "m", "patientMessage": "p", "passMessage": "ok", "source": "A public source 2020"}]}
            """;

    @Test
    void loadsTheShippedRuleSet() {
        RuleSet rules = RuleSetLoader.load();
        assertThat(rules.version()).isEqualTo("2026.12");
        assertThat(rules.rules()).extracting(Rule::kind).contains(RuleKind.values());
        assertThat(rules.rules()).filteredOn(r -> r.fact() != null).extracting(Rule::fact)
                .containsExactlyInAnyOrder(HealthFact.values());
        assertThat(rules.rules()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
        assertThat(rules.defaultPolicy().version()).isEqualTo("default-2026.12");
    }

    @Test
    void noRuleTextShownToClinicianOrPatientCarriesAWorkingNote() {
        assertThat(RuleSetLoader.load().rules()).allSatisfy(r -> assertThat(String.join(" | ", r.message(),
                r.patientMessage(), r.passMessage(), r.unknownMessage(), r.source(),
                r.highRiskMessage() == null ? "" : r.highRiskMessage()))
                .as(r.id())
                .doesNotContain("shared/", ".txt", "DOMAIN.md", "landscape.md", "#1")
                .doesNotContainIgnoringCase("seed"));
    }

    @Test
    void everyRuleThatUsesAClinicPolicyValueSaysSoInItsSource() {
        assertThat(RuleSetLoader.load().rules()).filteredOn(r -> r.kind() == RuleKind.CONSERVATIVE_CARE
                        || r.kind() == RuleKind.RECENT_STEROID_INJECTION || r.kind() == RuleKind.DIABETES_CONTROL
                        || r.kind() == RuleKind.BMI)
                .hasSize(4)
                .allSatisfy(r -> assertThat(r.source()).containsIgnoringCase("clinic policy"));
    }

    @Test
    void refusesClinicPolicyDefaultsThatAreMissingUnlabelledOrOutOfRange() {
        assertProblem(ONE_RULE.replace("Clinic policy (no guideline sets a threshold)", "NICE threshold"),
                "clinicPolicy must be labelled");
        assertProblem(ONE_RULE.replace("\"maxBmi\": 40", "\"maxBmi\": 400"), "clinicPolicy.maxBmi must be between");
        assertProblem(ONE_RULE.replace("\"minConservativeCareWeeks\": 6,", ""),
                "clinicPolicy.minConservativeCareWeeks must be between");
    }

    @Test
    void refusesATrialOnlyRuleWithoutLevelsOrConditions() {
        assertProblem(ONE_RULE.replace("\"kind\": \"FACT\", \"fact\": \"ACTIVE_INFECTION\"",
                "\"kind\": \"EVIDENCE_LEVEL\""), "level: at least one is needed");
        assertProblem(ONE_RULE.replace("\"kind\": \"FACT\", \"fact\": \"ACTIVE_INFECTION\"",
                "\"kind\": \"CONDITION\""), "needs at least one catalog condition id");
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
