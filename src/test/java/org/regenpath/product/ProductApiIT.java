package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.DateStyle;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The cell product JSON API end to end: harvest to release, the second-person rule, illegal steps, races. */
@RecordApplicationEvents
class ProductApiIT extends WebIT {

    /** Test values only, not clinical guidance: the clinic's settings are its own (ADR 0007). */
    static final String TEST_SETTINGS = """
            {"shelfLife": "PT8H", "minViabilityPercent": 70, "minTotalNucleatedCells": 100000000,
             "maxTimeOutsideBody": "PT6H", "source": "Test values only, not clinical guidance"}""";

    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    @Autowired
    CandidacyScreening screening;

    @Autowired
    TreatmentPlans plans;

    @Autowired
    PlanConsents consents;

    @Autowired
    ApplicationEvents events;

    ClinicalFixtures.Candidate patient;
    long plan;

    @BeforeEach
    void approvedPlanAndConfiguredSettings() throws Exception {
        send(ADMIN, put("/api/product-settings/BONE_MARROW_CONCENTRATE"), TEST_SETTINGS).andExpect(status().isOk());
        patient = ClinicalFixtures.candidate(registry, profiles, screening, account(CLINICIAN).clinicId(),
                uniqueMrn(), Outcome.ELIGIBLE);
        plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), patient);
    }

    ResultActions send(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static String read(ResultActions result, String path) throws Exception {
        return String.valueOf((Object) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path));
    }

    String collect() throws Exception {
        ResultActions collected = send(LAB, post("/api/patients/" + patient.patient().value() + "/products"), """
                {"planId": %d, "location": "Procedure room 2", "device": "Aspiration needle 11G",
                 "kitLot": "ASP-2026-11", "measurements": {"volumeMl": 60}}""".formatted(plan))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("COLLECTED"))
                .andExpect(jsonPath("$.productType").value("BONE_MARROW_CONCENTRATE"))
                .andExpect(jsonPath("$.version").value(0));
        return read(collected, "$.productId");
    }

    ResultActions step(String user, String product, String json) throws Exception {
        return send(user, post("/api/products/" + product + "/custody"), json);
    }

    static final String PROCESS = """
            {"action": "PROCESS", "version": 0, "location": "Lab bench B", "device": "Centrifuge system X",
             "kitLot": "KIT-42"}""";

    static String qc(int version, int viability) {
        return """
                {"action": "QC", "version": %d, "location": "Lab bench B",
                 "measurements": {"viabilityPercent": %d, "totalNucleatedCells": 1500000000}}"""
                .formatted(version, viability);
    }

    @Test
    void aProductGoesFromHarvestToReleaseByASecondPersonAndItsHistoryReadsAsAChain() throws Exception {
        String product = collect();
        assertThat(product).matches("RP[0-9A-Z]{10}[0-9A-Z*]");
        step(LAB, product, PROCESS).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PROCESSING"));
        step(LAB, product, qc(1, 92)).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));

        ResultActions own = step(LAB, product, "{\"action\": \"RELEASE\", \"version\": 2, \"location\": \"Lab\"}")
                .andExpect(status().isConflict());
        assertThat(read(own, "$.detail")).contains("is in processing").contains("second person");
        step(CLINICIAN, product, "{\"action\": \"RELEASE\", \"version\": 2, \"location\": \"Lab bench B\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RELEASED"));
        assertThat(events.stream(ProductReleased.class)).singleElement()
                .satisfies(e -> assertThat(e.productId()).isEqualTo(product));

        ResultActions history = mvc.perform(get("/api/products/" + product).with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[1].kitLot").value("KIT-42"))
                .andExpect(jsonPath("$.events[2].measurements.viabilityPercent").value(92))
                .andExpect(jsonPath("$.events[3].performedBy.displayName").value(account(CLINICIAN).displayName()));
        List<String> steps = JsonPath.read(history.andReturn().getResponse().getContentAsString(), "$.events[*].step");
        assertThat(steps).containsExactly("COLLECTED", "PROCESSING_STARTED", "QC_RECORDED", "RELEASED");
        ResultActions board = mvc.perform(get("/api/products?state=RELEASED").with(as(LAB)))
                .andExpect(status().isOk());
        List<String> released = JsonPath.read(board.andReturn().getResponse().getContentAsString(),
                "$[*].productId");
        assertThat(released).contains(product);
    }

    @Test
    void anExpiredProductIsNotReleasedAndTheRefusalNamesTheClinicsLocalTime() throws Exception {
        Instant collected = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(9, ChronoUnit.HOURS);
        String product = read(send(LAB, post("/api/patients/" + patient.patient().value() + "/products"), """
                {"planId": %d, "location": "Procedure room 2", "happenedAt": "%s"}""".formatted(plan, collected))
                .andExpect(status().isCreated()), "$.productId");
        step(LAB, product, PROCESS).andExpect(status().isOk());
        step(LAB, product, qc(1, 92)).andExpect(status().isOk());
        ResultActions expired = step(CLINICIAN, product,
                "{\"action\": \"RELEASE\", \"version\": 2, \"location\": \"Lab bench B\"}")
                .andExpect(status().isConflict());
        // Shelf life 8 hours, in the demo clinic's zone (New York), as the lab reads its clock.
        assertThat(read(expired, "$.detail")).contains("is in processing but expired at "
                + DateStyle.time(collected.plus(8, ChronoUnit.HOURS), DEMO_ZONE) + "; it cannot")
                .containsPattern(" E[SD]T; ").doesNotContainPattern("\\bUTC\\b");
    }

    @Test
    void anIllegalStepIsRefusedNamingTheStateAndWritesNothing() throws Exception {
        String product = collect();
        long before = events(product);
        ResultActions refused = step(LAB, product, qc(0, 92)).andExpect(status().isConflict());
        assertThat(read(refused, "$.detail")).contains("is collected");
        ResultActions noDevice = step(LAB, product, "{\"action\": \"PROCESS\", \"version\": 0, \"location\": \"L\"}")
                .andExpect(status().isBadRequest());
        assertThat(read(noDevice, "$.errors.device")).isNotBlank();
        assertThat(read(noDevice, "$.errors.kitLot")).isNotBlank();
        assertThat(events(product)).isEqualTo(before);
    }

    @Test
    void aStaleVersionAndUnmetQcCriteriaAreRefused() throws Exception {
        String product = collect();
        step(LAB, product, PROCESS).andExpect(status().isOk());
        step(CLINICIAN, product, PROCESS).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors.version").exists());
        step(LAB, product, qc(1, 50)).andExpect(status().isOk());
        ResultActions unmet = step(CLINICIAN, product,
                "{\"action\": \"RELEASE\", \"version\": 2, \"location\": \"Lab bench B\"}")
                .andExpect(status().isConflict());
        assertThat(read(unmet, "$.detail")).contains("viability 50% is below the clinic's minimum of 70%");
        step(CLINICIAN, product, "{\"action\": \"QUARANTINE\", \"version\": 2, \"location\": \"Lab\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.notes").exists());
        step(CLINICIAN, product, """
                {"action": "QUARANTINE", "version": 2, "location": "Lab", "notes": "Low viability"}""")
                .andExpect(jsonPath("$.state").value("QUARANTINED"));
    }

    @Test
    void aClinicThatHasNotConfiguredTheProductTypeCannotCollectIt() throws Exception {
        ClinicalFixtures.Candidate other = ClinicalFixtures.candidate(registry, profiles, screening,
                account(OTHER_CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        long otherPlan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(OTHER_CLINICIAN), other);
        jdbc.sql("delete from product_settings where clinic_id = :c")
                .param("c", account(OTHER_CLINICIAN).clinicId().value()).update();
        ResultActions refused = send(OTHER_CLINICIAN, post("/api/patients/" + other.patient().value() + "/products"),
                "{\"planId\": %d, \"location\": \"Procedure room 1\"}".formatted(otherPlan))
                .andExpect(status().isConflict());
        assertThat(read(refused, "$.detail")).contains("No shelf life and release criteria are configured");
    }

    @Test
    void custodyEventsCannotBeChangedOrDeletedInTheDatabase() throws Exception {
        String product = collect();
        String where = " where product_id = (select id from product_product where identifier = :id)";
        assertThatThrownBy(() -> owner().sql("update product_custody_event set location = 'elsewhere'" + where)
                .param("id", product).update())
                .isInstanceOfSatisfying(DataAccessException.class, e ->
                        assertThat(e.getMostSpecificCause().getMessage()).contains("append-only"));
        assertThatThrownBy(() -> owner().sql("delete from product_custody_event" + where).param("id", product).update())
                .isInstanceOf(DataAccessException.class);
        assertThat(events(product)).isEqualTo(1);
    }

    long events(String product) {
        return jdbc.sql("""
                select count(*) from product_custody_event e join product_product p on p.id = e.product_id
                where p.identifier = :id""").param("id", product).query(Long.class).single();
    }

    @Test
    void aLateEntryKeepsWhenItHappenedAndWhenItWasRecordedAndNeverGoesBeforeTheStepItFollows() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        ResultActions collected = send(LAB, post("/api/patients/" + patient.patient().value() + "/products"), """
                {"planId": %d, "location": "Procedure room 2", "happenedAt": "%s"}"""
                .formatted(plan, now.minus(3, ChronoUnit.HOURS)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.collectedAt").value(now.minus(3, ChronoUnit.HOURS).toString()));
        String product = read(collected, "$.productId");
        String process = """
                {"action": "PROCESS", "version": 0, "location": "Lab bench B", "device": "Centrifuge system X",
                 "kitLot": "KIT-42", "happenedAt": "%s"}""";

        ResultActions beforeCollection = step(LAB, product, process.formatted(now.minus(4, ChronoUnit.HOURS)))
                .andExpect(status().isBadRequest());
        assertThat(read(beforeCollection, "$.errors.happenedAt")).contains("before the step it follows");
        ResultActions future = step(LAB, product, process.formatted(now.plus(1, ChronoUnit.HOURS)))
                .andExpect(status().isBadRequest());
        assertThat(read(future, "$.errors.happenedAt")).contains("future");
        step(LAB, product, process.formatted("yesterday")).andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("happenedAt"));
        assertThat(events(product)).isEqualTo(1);

        Instant happened = now.minus(2, ChronoUnit.HOURS);
        step(LAB, product, process.formatted(happened)).andExpect(status().isOk())
                .andExpect(jsonPath("$.events[1].at").value(happened.toString()));
        Instant recorded = Instant.parse(read(mvc.perform(get("/api/products/" + product).with(as(LAB))),
                "$.events[1].recordedAt"));
        assertThat(recorded).isAfter(happened.plus(CustodyEvent.LATE_ENTRY_AFTER));

        String page = mvc.perform(get("/lab/products/" + product).with(as(LAB))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("recorded later at " + DateStyle.time(recorded, DEMO_ZONE) + ", by "
                + account(LAB).displayName());
        assertThat(jdbc.sql("select detail from audit_event where resource_id = :id and action = 'UPDATE' and"
                + " outcome = 'SUCCESS'").param("id", product).query(String.class).list())
                .anySatisfy(d -> assertThat(d).contains("happenedAt=" + happened));
    }
}
