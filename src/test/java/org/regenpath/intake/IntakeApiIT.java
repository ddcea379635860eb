package org.regenpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

/** The intake JSON API end to end on the real database: profile, screening, decisions, bad input. */
@RecordApplicationEvents
class IntakeApiIT extends WebIT {

    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ClinicPolicies policies;

    PatientId patient;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void newPatient() {
        patient = IntakeFixtures.patient(registry, account(CLINICIAN).clinicId(), uniqueMrn());
    }

    String base() {
        return "/api/patients/" + patient.value();
    }

    ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String json) throws Exception {
        return mvc.perform(request.with(as(CLINICIAN)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    static String text(ResultActions result, String path) throws Exception {
        return String.valueOf((Object) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path));
    }

    String kneeJson(String overrides) {
        String json = """
                {"conditionId": "knee-oa", "icd10Code": "M17.11", "bodySite": "KNEE", "laterality": "RIGHT",
                 "onsetDate": "%s", "baselineNrs": 6, "klGrade": 2, "notes": "Worse on stairs",
                 "treatments": [
                   {"category": "NSAID", "description": "Ibuprofen 400 mg", "durationWeeks": 10,
                    "response": "LOSS_OF_EFFECT"},
                   {"category": "PHYSICAL_THERAPY", "durationWeeks": 12, "response": "PARTIAL_RELIEF"}]}
                """.formatted(today.minusMonths(18));
        return overrides == null ? json : json.replace("}]}", "}]" + overrides + "}");
    }

    String screenJson(String infection, int version) {
        StringBuilder answers = new StringBuilder();
        for (HealthFact f : HealthFact.values()) {
            String answer = f == HealthFact.ACTIVE_INFECTION ? infection : "NO";
            answers.append(answers.isEmpty() ? "" : ", ").append('"').append(f).append("\": \"").append(answer)
                    .append('"');
        }
        return "{\"answers\": {" + answers + "}, \"otherMedications\": \"Paracetamol\", \"bmi\": 27.5, \"version\": "
                + version + "}";
    }

    long conditions() {
        return jdbc.sql("select count(*) from intake_pain_condition where patient_id = :p")
                .param("p", patient.value()).query(Long.class).single();
    }

    long decisions() {
        return jdbc.sql("select count(*) from intake_candidacy_decision where patient_id = :p")
                .param("p", patient.value()).query(Long.class).single();
    }

    @Test
    void aTreatedChronicConditionWithEveryAnswerNoIsEligibleAndAnInfectionMakesItNotEligible() throws Exception {
        ResultActions added = send(post(base() + "/pain-profile/conditions"), kneeJson(null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.icd10Display").value("Unilateral primary osteoarthritis, right knee"))
                .andExpect(jsonPath("$.chronicity.chronic").value(true))
                .andExpect(jsonPath("$.treatments.length()").value(2));
        assertThat(added.andReturn().getResponse().getHeader("Location"))
                .startsWith(base() + "/pain-profile/conditions/");
        send(put(base() + "/pain-profile/health-screen"), screenJson("NO", 0))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.answers.ACTIVE_INFECTION").value("NO"));

        mvc.perform(get(base() + "/screening").with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("ELIGIBLE"))
                .andExpect(jsonPath("$.ruleSetVersion").value("2026.12"))
                .andExpect(jsonPath("$.evidence[0].conditionId").value("knee-oa"))
                .andExpect(jsonPath("$.evidence[0].level").value("LOW"))
                .andExpect(jsonPath("$.findings[?(@.ruleId == 'REQ-CHRONIC')].outcome").value("ELIGIBLE"));

        send(put(base() + "/pain-profile/health-screen"), screenJson("YES", 1)).andExpect(status().isOk());
        ResultActions infected = mvc.perform(get(base() + "/screening").with(as(CLINICIAN)))
                .andExpect(jsonPath("$.outcome").value("NOT_ELIGIBLE"))
                .andExpect(jsonPath("$.findings[0].ruleId").value("EXC-INFECTION"))
                .andExpect(jsonPath("$.findings[0].outcome").value("NOT_ELIGIBLE"));
        assertThat(text(infected, "$.findings[0].source")).contains("doi:10.1186/s13018-017-0689-6");
    }

    @Test
    void anOverrideNeedsAReasonAndWithoutOneNothingIsWritten() throws Exception {
        profiles.addCondition(Actor.system(account(CLINICIAN).clinicId()), patient, IntakeFixtures.rightKnee(today));
        long before = decisions();
        long auditBefore = lastAuditId();

        ResultActions noReason = send(post(base() + "/screening/decisions"), "{\"outcome\": \"ELIGIBLE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-input"));
        assertThat(text(noReason, "$.errors.reason")).contains("is an override");
        ResultActions review = send(post(base() + "/screening/decisions"),
                        "{\"outcome\": \"NEEDS_REVIEW\", \"reason\": \"later\"}")
                .andExpect(status().isBadRequest());
        assertThat(text(review, "$.errors.outcome")).contains("resolves the review");
        assertThat(decisions()).isEqualTo(before);
        assertThat(auditAfter(auditBefore)).noneMatch(r -> "CandidacyDecision".equals(r.get("resource_type"))
                && "SUCCESS".equals(r.get("outcome")) && "CREATE".equals(r.get("action")));

        send(post(base() + "/screening/decisions"), """
                {"outcome": "ELIGIBLE", "reason": "Health screen answered by phone; all negative.",
                 "note": "Book harvest", "evaluatedOutcome": "NEEDS_REVIEW"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.overridden").value(true))
                .andExpect(jsonPath("$.evaluatedOutcome").value("NEEDS_REVIEW"))
                .andExpect(jsonPath("$.decidedBy").value(account(CLINICIAN).displayName()))
                .andExpect(jsonPath("$.ruleSetVersion").value("2026.12"));
        assertThat(decisions()).isEqualTo(before + 1);

        ResultActions history = mvc.perform(get(base() + "/screening/decisions").with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].reason").value("Health screen answered by phone; all negative."));
        assertThat(text(history, "$[0].findings[?(@.ruleId == 'EXC-INFECTION')].message")).contains("Not yet answered");

        // A decision is a clinical record: the database itself refuses to rewrite or delete it.
        assertThatThrownBy(() -> owner().sql("update intake_candidacy_decision set outcome = 'NOT_ELIGIBLE'"
                        + " where patient_id = :p").param("p", patient.value()).update())
                .isInstanceOfSatisfying(org.springframework.dao.DataAccessException.class, e ->
                        assertThat(e.getMostSpecificCause().getMessage()).contains("append-only"));
        assertThatThrownBy(() -> owner().sql("delete from intake_candidacy_decision where patient_id = :p")
                        .param("p", patient.value()).update())
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThat(decisions()).isEqualTo(before + 1);
    }

    @Test
    void decidingAsEvaluatedNeedsNoReasonAndPublishesCandidacyDecided() throws Exception {
        var system = Actor.system(account(CLINICIAN).clinicId());
        profiles.addCondition(system, patient, IntakeFixtures.rightKnee(today));
        profiles.updateHealthScreen(system, patient, IntakeFixtures.allNo(), 0);

        send(post(base() + "/screening/decisions"), "{\"outcome\": \"ELIGIBLE\", \"evaluatedOutcome\": \"ELIGIBLE\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.overridden").value(false));

        List<CandidacyDecided> published = events.stream(CandidacyDecided.class).toList();
        assertThat(published).singleElement().satisfies(e -> {
            assertThat(e.patientId()).isEqualTo(patient);
            assertThat(e.clinicId()).isEqualTo(account(CLINICIAN).clinicId());
            assertThat(e.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(e.evaluatedOutcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(e.overridden()).isFalse();
            assertThat(e.ruleSetVersion()).isEqualTo("2026.12");
            assertThat(e.decisionId()).isPositive();
        });
    }

    @Test
    void refusesADecisionOnAnEvaluationThatChangedMeanwhile() throws Exception {
        profiles.addCondition(Actor.system(account(CLINICIAN).clinicId()), patient, IntakeFixtures.rightKnee(today));
        ResultActions stale = send(post(base() + "/screening/decisions"),
                        "{\"outcome\": \"ELIGIBLE\", \"reason\": \"ok\", \"evaluatedOutcome\": \"ELIGIBLE\"}")
                .andExpect(status().isConflict());
        assertThat(text(stale, "$.errors.evaluatedOutcome")).contains("NEEDS REVIEW");
        assertThat(decisions()).isZero();
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() throws Exception {
        Map<String, String> cases = Map.of(
                "conditionId", kneeJson(null).replace("\"knee-oa\"", "\"tennis-toe\""),
                "icd10Code", kneeJson(null).replace("\"M17.11\"", "\"M16.11\""),
                "onsetDate", kneeJson(null).replace(today.minusMonths(18).toString(), today.plusDays(1).toString()),
                "baselineNrs", kneeJson(null).replace("\"baselineNrs\": 6", "\"baselineNrs\": 11"),
                "treatments[1].durationWeeks", kneeJson(null).replace("\"durationWeeks\": 12", "\"durationWeeks\": -2"),
                "laterality", kneeJson(null).replace("\"RIGHT\"", "\"UP\""));
        for (var c : cases.entrySet()) {
            send(post(base() + "/pain-profile/conditions"), c.getValue())
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors['" + c.getKey() + "']").isNotEmpty());
        }
        send(post(base() + "/pain-profile/conditions"), "{\"conditionId\": \"knee-oa\",")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/malformed-request"));
        send(post(base() + "/pain-profile/conditions"), kneeJson(null).replace("\"baselineNrs\": 6",
                        "\"baselineNrs\": \"six\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.baselineNrs").isNotEmpty());
        assertThat(conditions()).isZero();
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        PainCondition knee = profiles.addCondition(Actor.system(account(CLINICIAN).clinicId()), patient,
                IntakeFixtures.rightKnee(today));
        String url = base() + "/pain-profile/conditions/" + knee.id();
        send(put(url), kneeJson(", \"version\": 0").replace("\"baselineNrs\": 6", "\"baselineNrs\": 7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.baselineNrs").value(7))
                .andExpect(jsonPath("$.version").value(1));
        send(put(url), kneeJson(", \"version\": 0").replace("\"baselineNrs\": 6", "\"baselineNrs\": 2"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors.version").isNotEmpty());
        send(put(url), kneeJson(null)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.version")
                .isNotEmpty());
        assertThat(profiles.condition(Actor.system(account(CLINICIAN).clinicId()), patient, knee.id()).baselineNrs())
                .isEqualTo(7);

        send(put(base() + "/pain-profile/health-screen"), screenJson("NO", 0)).andExpect(status().isOk());
        send(put(base() + "/pain-profile/health-screen"), screenJson("YES", 0))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors.version").isNotEmpty());
        mvc.perform(get(base() + "/pain-profile/health-screen").with(as(CLINICIAN)))
                .andExpect(jsonPath("$.answers.ACTIVE_INFECTION").value("NO"));
    }

    @Test
    void aConditionEnteredInErrorStaysOnRecordButLeavesScreening() throws Exception {
        PainCondition knee = profiles.addCondition(Actor.system(account(CLINICIAN).clinicId()), patient,
                IntakeFixtures.rightKnee(today));
        String url = base() + "/pain-profile/conditions/" + knee.id();
        send(post(url + "/entered-in-error"), "{\"version\": 0, \"reason\": \"Wrong patient\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enteredInError").value(true));
        mvc.perform(get(base() + "/pain-profile").with(as(CLINICIAN)))
                .andExpect(jsonPath("$.conditions[0].enteredInError").value(true))
                .andExpect(jsonPath("$.conditions[0].enteredInErrorReason").value("Wrong patient"));
        mvc.perform(get(base() + "/screening").with(as(CLINICIAN)))
                .andExpect(jsonPath("$.findings[?(@.ruleId == 'REQ-CONDITION')].outcome").value("NEEDS_REVIEW"))
                .andExpect(jsonPath("$.evidence.length()").value(0));
        send(put(url), kneeJson(", \"version\": 1")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors.status").isNotEmpty());
        assertThat(conditions()).isEqualTo(1);
    }

    @Test
    void aConditionOfAnotherPatientIsNotFound() throws Exception {
        PatientId other = IntakeFixtures.patient(registry, account(CLINICIAN).clinicId(), uniqueMrn());
        PainCondition theirs = profiles.addCondition(Actor.system(account(CLINICIAN).clinicId()), other,
                IntakeFixtures.rightKnee(today));
        String url = base() + "/pain-profile/conditions/" + theirs.id();
        long auditBefore = lastAuditId();
        mvc.perform(get(url).with(as(CLINICIAN))).andExpect(status().isNotFound());
        send(put(url), kneeJson(", \"version\": 0")).andExpect(status().isNotFound());
        send(post(url + "/entered-in-error"), "{\"version\": 0}").andExpect(status().isNotFound());
        assertThat(auditAfter(auditBefore)).filteredOn(r -> "DENIED".equals(r.get("outcome"))).hasSize(3);
        assertThat(profiles.condition(Actor.system(account(CLINICIAN).clinicId()), other, theirs.id())
                .enteredInError()).isFalse();
    }

    @Test
    void readsAndWritesAreAuditedWithThePatient() throws Exception {
        long before = lastAuditId();
        send(post(base() + "/pain-profile/conditions"), kneeJson(null)).andExpect(status().isCreated());
        mvc.perform(get(base() + "/pain-profile").with(as(COORDINATOR))).andExpect(status().isOk());
        mvc.perform(get(base() + "/screening").with(as(COORDINATOR))).andExpect(status().isOk());
        var rows = auditAfter(before);
        assertThat(rows).extracting(r -> r.get("resource_type") + " " + r.get("action") + " " + r.get("outcome"))
                .contains("PainCondition CREATE SUCCESS", "PainProfile READ SUCCESS",
                        "CandidacyScreening READ SUCCESS");
        assertThat(rows).filteredOn(r -> "SUCCESS".equals(r.get("outcome")))
                .allSatisfy(r -> assertThat(((Number) r.get("patient_id")).longValue()).isEqualTo(patient.value()));
    }

    @Test
    void treatmentDatesAndTheSiteInjectedAreStoredAndASteroidInjectionWithoutThemIsRefusedNamingTheField()
            throws Exception {
        String steroid = """
                {"conditionId": "knee-oa", "icd10Code": "M17.11", "bodySite": "KNEE", "laterality": "RIGHT",
                 "onsetDate": "%s", "baselineNrs": 6,
                 "treatments": [{"category": "STEROID_INJECTION", "durationWeeks": 1, "response": "PARTIAL_RELIEF"}]}
                """.formatted(today.minusMonths(18));
        ResultActions refused = send(post(base() + "/pain-profile/conditions"), steroid)
                .andExpect(status().isBadRequest());
        assertThat(text(refused, "$.errors['treatments[0].lastDate']")).contains("date of the last steroid injection");
        assertThat(text(refused, "$.errors['treatments[0].injectionSite']")).contains("body site injected");
        ResultActions future = send(post(base() + "/pain-profile/conditions"), kneeJson(null).replace(
                        "\"response\": \"PARTIAL_RELIEF\"}", "\"response\": \"PARTIAL_RELIEF\", \"lastDate\": \""
                                + today.plusDays(1) + "\", \"injectionSite\": \"KNEE\"}"))
                .andExpect(status().isBadRequest());
        assertThat(text(future, "$.errors['treatments[1].lastDate']")).contains("today");
        assertThat(text(future, "$.errors['treatments[1].injectionSite']")).contains("Only an injection");
        assertThat(conditions()).isZero();

        String dated = kneeJson(null).replace("\"response\": \"PARTIAL_RELIEF\"}", "\"response\": \"PARTIAL_RELIEF\"},"
                + " {\"category\": \"STEROID_INJECTION\", \"durationWeeks\": 1, \"response\": \"GOOD_RELIEF\","
                + " \"startDate\": \"" + today.minusWeeks(4) + "\", \"lastDate\": \"" + today.minusWeeks(4)
                + "\", \"injectionSite\": \"KNEE\"}");
        send(post(base() + "/pain-profile/conditions"), dated)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.treatments[2].lastDate").value(today.minusWeeks(4).toString()))
                .andExpect(jsonPath("$.treatments[2].injectionSite").value("KNEE"));
        send(put(base() + "/pain-profile/health-screen"), screenJson("NO", 0)).andExpect(status().isOk());
        ResultActions screened = mvc.perform(get(base() + "/screening").with(as(CLINICIAN)))
                .andExpect(jsonPath("$.outcome").value("NEEDS_REVIEW"))
                .andExpect(jsonPath("$.clinicPolicy.version").value("default-2026.12"))
                .andExpect(jsonPath("$.clinicPolicy.steroidWashoutWeeks").value(12));
        assertThat(text(screened, "$.findings[?(@.ruleId == 'REV-STEROID-AT-SITE')].message"))
                .contains("clinic policy", "12 weeks");
    }

    @Test
    void hba1cAndBmiOutOfRangeAreRefusedNamingTheField() throws Exception {
        ResultActions refused = send(put(base() + "/pain-profile/health-screen"),
                        screenJson("NO", 0).replace("\"bmi\": 27.5", "\"bmi\": 7, \"hba1cPercent\": 25"))
                .andExpect(status().isBadRequest());
        assertThat(text(refused, "$.errors.bmi")).contains("10 to 100");
        assertThat(text(refused, "$.errors.hba1cPercent")).contains("3 to 20");
        assertThat(jdbc.sql("select count(*) from intake_health_screen where patient_id = :p")
                .param("p", patient.value()).query(Long.class).single()).isZero();
    }

    @Test
    void aClinicsOwnPolicyIsAppliedAndItsVersionIsKeptWithTheDecision() throws Exception {
        var system = Actor.system(account(CLINICIAN).clinicId());
        profiles.addCondition(system, patient, IntakeFixtures.rightKnee(today));
        profiles.updateHealthScreen(system, patient, IntakeFixtures.allNo(), 0);
        String version = "strict-" + uniqueMrn();
        policies.insert(account(CLINICIAN).clinicId(), new ClinicPolicy(version, 30, 12, new BigDecimal("7.5"),
                new BigDecimal("35")), "test", java.time.Instant.now());
        try {
            mvc.perform(get(base() + "/screening").with(as(CLINICIAN)))
                    .andExpect(jsonPath("$.outcome").value("NEEDS_REVIEW"))
                    .andExpect(jsonPath("$.clinicPolicy.version").value(version))
                    .andExpect(jsonPath("$.findings[?(@.ruleId == 'REQ-CONSERVATIVE-CARE')].outcome")
                            .value("NEEDS_REVIEW"));
            send(post(base() + "/screening/decisions"), """
                    {"outcome": "TRIAL_ONLY", "reason": "Refer to the regional knee trial",
                     "evaluatedOutcome": "NEEDS_REVIEW"}""")
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.outcome").value("TRIAL_ONLY"))
                    .andExpect(jsonPath("$.clinicPolicyVersion").value(version));
        } finally {
            jdbc.sql("delete from intake_clinic_policy where version = :v").param("v", version).update();
        }
    }

    @Test
    void aConditionTheRulesReserveForTrialsScreensTrialOnlyWithTheReason() throws Exception {
        var system = Actor.system(account(CLINICIAN).clinicId());
        profiles.addCondition(system, patient, new ConditionInput("sci-pain", "S34.109S", "LOWER_LIMB",
                Laterality.NOT_APPLICABLE, today.minusYears(3), 7, null, null, List.of(new TreatmentInput(
                        TreatmentCategory.OTHER_ANALGESIC, "Pregabalin", 52, TreatmentResponse.PARTIAL_RELIEF))));
        profiles.updateHealthScreen(system, patient, IntakeFixtures.allNo(), 0);
        ResultActions screened = mvc.perform(get(base() + "/screening").with(as(CLINICIAN)))
                .andExpect(jsonPath("$.outcome").value("TRIAL_ONLY"));
        assertThat(text(screened, "$.findings[?(@.ruleId == 'TRIAL-ISSCR')].message")).contains("clinical trial");
        assertThat(text(screened, "$.findings[?(@.ruleId == 'TRIAL-EVIDENCE')].message")).contains("very low");
    }

    @Test
    void theApiIsDocumentedByOpenApi() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(docs).contains("/api/conditions", "/api/patients/{patientId}/pain-profile/conditions/{conditionId}",
                "/api/patients/{patientId}/pain-profile/health-screen", "/api/patients/{patientId}/screening/decisions",
                "ConditionRequest", "DecisionRequest");
    }

    @Test
    void theOpenApiSchemasKeepTheNamesClientsKnow() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Map<String, Object> schemas = JsonPath.read(docs, "$.components.schemas");
        assertThat(schemas).containsKeys("ClinicPolicy", "CatalogCondition", "BodySite", "ConditionCode", "Evidence",
                        "PainProfile", "PainCondition", "Treatment", "Chronicity", "HealthScreen",
                        "ScreeningEvaluation", "Finding", "ConditionEvidence", "CandidacyDecision")
                .doesNotContainKeys("ClinicPolicyResponse", "CatalogConditionResponse", "PainProfileResponse",
                        "PainConditionResponse", "HealthScreenResponse", "ScreeningEvaluationResponse",
                        "CandidacyDecisionResponse", "Code");
        assertThat(JsonPath.<String>read(docs, "$.paths['/api/patients/{patientId}/pain-profile'].get.responses"
                + "['200'].content['*/*'].schema['$ref']")).isEqualTo("#/components/schemas/PainProfile");
        assertThat(JsonPath.<String>read(docs, "$.components.schemas.ScreeningEvaluation.properties.findings.items"
                + "['$ref']")).isEqualTo("#/components/schemas/Finding");
    }

    @Test
    void theCatalogListsEveryConditionWithItsCodes() throws Exception {
        ResultActions catalog = mvc.perform(get("/api/conditions").with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(23))
                .andExpect(jsonPath("$[?(@.id == 'ms-pain')].evidence.level").value("VERY_LOW"));
        assertThat(text(catalog, "$[?(@.id == 'knee-oa')].codes[*].code")).contains("M17.0", "M17.11", "M17.12")
                .doesNotContain("M17.10");
    }
}
