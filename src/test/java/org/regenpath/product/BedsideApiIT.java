package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.PlanView;
import org.regenpath.planning.RegulatoryRecord;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.DateStyle;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The bedside screen's API: the wrong patient is stopped with a plain message, a second person must confirm with
 * their own password, the right patient is injected once, and every attempt is recorded. A plan version authorises
 * what it lists: a second product collected under it is stopped at a site it already had injected, until a new
 * version lists the site again. Every refusal leaves a trace: of ten parallel administrations of one product exactly
 * one is recorded and the nine refused each leave a bedside attempt and a DENIED audit row; so does a stale version.
 */
@RecordApplicationEvents
class BedsideApiIT extends WebIT {

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
    ChainOfCustody custody;

    @Autowired
    ClinicProductSettings settings;

    @Autowired
    ApplicationEvents events;

    ClinicalFixtures.Candidate candidate;
    PatientId patient;
    PatientId otherPatient;
    long plan;
    ReleasedProducts released;
    String product;

    @BeforeEach
    void releasedProduct() {
        settings.save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE, new ClinicProductSettings.SettingsInput(
                Duration.ofHours(8), new BigDecimal("70"), 100_000_000L, null, Duration.ofHours(6),
                "Test values only, not clinical guidance"));
        candidate = ClinicalFixtures.candidate(registry, profiles, screening, account(CLINICIAN).clinicId(),
                uniqueMrn(), Outcome.ELIGIBLE);
        otherPatient = ClinicalFixtures.candidate(registry, profiles, screening, account(CLINICIAN).clinicId(),
                uniqueMrn(), null).patient();
        patient = candidate.patient();
        plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), candidate);
        released = new ReleasedProducts(custody, actor(LAB), actor(CLINICIAN));
        product = released.release(patient, plan);
    }

    ResultActions administer(PatientId wristband, String verifier, String password, int version) throws Exception {
        return administer(product, wristband, verifier, password, version, "4.0");
    }

    ResultActions administer(String productId, PatientId wristband, String verifier, String password, int version,
            String volumeMl) throws Exception {
        String body = """
                {"version": %d, "wristband": "%s", "productLabel": "%s", "siteRegion": "knee joint",
                 "siteLaterality": "LEFT", "verifierEmail": %s, "verifierPassword": "%s",
                 "location": "Procedure room 2", "volumeMl": %s, "baselineReason": "PATIENT_DECLINED"}"""
                .formatted(version, Wristbands.code(actor(CLINICIAN).clinicId(), wristband), productId.substring(0, 6) + "-" + productId.substring(6),
                        verifier == null ? "null" : "\"" + verifier + "\"", password, volumeMl);
        return mvc.perform(post("/api/products/" + productId + "/administration").with(as(CLINICIAN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** The second person confirms correctly: only the product, the version and the volume vary. */
    MockHttpServletResponse administer(String productId, long version, String volumeMl) throws Exception {
        return administer(productId, patient, LAB, DEMO_PASSWORD, (int) version, volumeMl).andReturn().getResponse();
    }

    long attempts(boolean passed) {
        return jdbc.sql("select count(*) from product_bedside_attempt where product_identifier = :p and passed = :ok")
                .param("p", product).param("ok", passed).query(Long.class).single();
    }

    static String read(ResultActions result, String path) throws Exception {
        return String.valueOf((Object) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path));
    }

    @Test
    void withTheBaselineOpenTheApiAsksWhyAsTheScreenDoesAndKeepsTheReason() throws Exception {
        String body = """
                {"version": 3, "wristband": "%s", "productLabel": "%s", "siteRegion": "knee joint",
                 "siteLaterality": "LEFT", "verifierEmail": "%s", "verifierPassword": "%s",
                 "location": "Procedure room 2", "volumeMl": 4.0%s}""";
        String wristband = Wristbands.code(actor(CLINICIAN).clinicId(), patient);
        ResultActions refused = mvc.perform(post("/api/products/" + product + "/administration").with(as(CLINICIAN))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(wristband, product, LAB, DEMO_PASSWORD, "")))
                .andExpect(status().isBadRequest());
        assertThat(read(refused, "$.errors.baselineReason")).contains("baseline questionnaires are not completed")
                .contains("PATIENT_DECLINED").contains("PROCEDURE_MOVED_EARLIER").contains("OTHER");
        assertThat(attempts(false) + attempts(true)).as("nothing is checked before the reason").isZero();
        assertThat(custody.get(actor(LAB), product).state()).isEqualTo(ProductState.RELEASED);

        ResultActions unknown = mvc.perform(post("/api/products/" + product + "/administration").with(as(CLINICIAN))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(wristband, product, LAB, DEMO_PASSWORD, ", \"baselineReason\": \"BUSY\"")))
                .andExpect(status().isBadRequest());
        assertThat(read(unknown, "$.errors.baselineReason")).startsWith("That is not one of the reasons.")
                .contains("PATIENT_DECLINED");
        assertThat(attempts(false) + attempts(true)).isZero();

        mvc.perform(post("/api/products/" + product + "/administration").with(as(CLINICIAN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted(wristband, product, LAB,
                        DEMO_PASSWORD, ", \"baselineReason\": \"PROCEDURE_MOVED_EARLIER\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.administered").value(true));
        assertThat(jdbc.sql("select reason from followup_baseline_gap where patient_id = :p")
                .param("p", patient.value()).query(String.class).list()).containsOnly("PROCEDURE_MOVED_EARLIER");
    }

    @Test
    void theWrongPatientIsStoppedAndTheRightOneIsInjectedOnceWithEveryAttemptRecorded() throws Exception {
        ResultActions wrong = administer(otherPatient, LAB, DEMO_PASSWORD, 3)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.administered").value(false))
                .andExpect(jsonPath("$.product.state").value("RELEASED"));
        assertThat(read(wrong, "$.findings[?(@.rule == 'SAME_PATIENT')].message")).contains("STOP");
        assertThat(attempts(false)).isEqualTo(1);

        administer(patient, null, "", 3)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.findings[?(@.rule == 'SECOND_PERSON')].passed").value(false));
        long audit = lastAuditId();
        administer(patient, LAB, "not-the-password", 3)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.verifierPassword").exists());
        assertThat(auditAfter(audit)).anyMatch(r -> "DENIED".equals(r.get("outcome"))
                && "SecondPerson".equals(r.get("resource_type")));
        assertThat(auditAfter(audit)).as("the refused attempt is audited as one").anyMatch(r -> "DENIED".equals(
                r.get("outcome")) && Bedside.ATTEMPT.equals(r.get("resource_type"))
                && ((String) r.get("detail")).startsWith("refused: {verifierPassword="));
        assertThat(attempts(false)).as("a refused second person is a recorded attempt too").isEqualTo(3);
        administer(patient, CLINICIAN, DEMO_PASSWORD, 3).andExpect(status().isBadRequest());

        administer(patient, LAB, DEMO_PASSWORD, 3)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.administered").value(true))
                .andExpect(jsonPath("$.product.state").value("ADMINISTERED"))
                .andExpect(jsonPath("$.product.events[4].step").value("ADMINISTERED"))
                .andExpect(jsonPath("$.product.events[4].confirmedBy.userId").value(account(LAB).id().value()))
                .andExpect(jsonPath("$.product.events[4].site.region").value("knee joint"));
        assertThat(attempts(true)).isEqualTo(1);
        assertThat(events.stream(ProductAdministered.class)).singleElement()
                .satisfies(e -> assertThat(e.patientId()).isEqualTo(patient));

        ResultActions again = administer(patient, LAB, DEMO_PASSWORD, 4).andExpect(status().isConflict());
        List<String> stops = JsonPath.read(again.andReturn().getResponse().getContentAsString(),
                "$.findings[?(@.passed == false)].rule");
        assertThat(stops).contains("NOT_ALREADY_ADMINISTERED");
        assertThat(attempts(false)).isEqualTo(5);
    }

    @Test
    void anExpiredProductIsStoppedNamingTheClinicsLocalTimeNotUtc() throws Exception {
        Instant collected = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(9));
        String expired = custody.collect(actor(LAB), patient, new CollectInput(plan, "Procedure room 2", null, null,
                null, null, collected)).productId();
        MockHttpServletResponse stopped = administer(expired, 0, "4.0");
        List<String> message = JsonPath.read(stopped.getContentAsString(),
                "$.findings[?(@.rule == 'NOT_EXPIRED')].message");
        // The demo clinic is in New York: a clinician there reads its own clock, not UTC.
        assertThat(message).singleElement().asString()
                .isEqualTo("STOP: product " + expired + " expired at "
                        + DateStyle.time(collected.plus(Duration.ofHours(8)), DEMO_ZONE)
                        + ". Do not give it; return it to the lab.")
                .containsPattern("expired at [0-9]{1,2} [A-Z][a-z]{2} [0-9]{4}, [0-9]{2}:[0-9]{2} E[SD]T\\.")
                .doesNotContainPattern("\\bUTC\\b");
    }

    @Test
    void aLateBedsideEntryKeepsBothTimesAndCannotHaveHappenedBeforeTheRelease() throws Exception {
        Instant releasedAt = custody.get(actor(LAB), product).events().get(3).at();
        String body = """
                {"version": 3, "wristband": "%s", "productLabel": "%s", "siteRegion": "knee joint",
                 "siteLaterality": "LEFT", "verifierEmail": "%s", "verifierPassword": "%s",
                 "location": "Procedure room 2", "volumeMl": 4.0, "happenedAt": "%s",
                 "baselineReason": "PATIENT_DECLINED"}""";
        String label = product.substring(0, 6) + "-" + product.substring(6);
        ResultActions early = mvc.perform(post("/api/products/" + product + "/administration").with(as(CLINICIAN))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body.formatted(Wristbands.code(actor(CLINICIAN).clinicId(), patient), label,
                        LAB, DEMO_PASSWORD, releasedAt.minusSeconds(60))))
                .andExpect(status().isBadRequest());
        assertThat(read(early, "$.errors.happenedAt")).contains("before the step it follows");
        assertThat(attempts(false)).as("the refused late entry is a recorded attempt").isEqualTo(1);

        long audit = lastAuditId();
        mvc.perform(post("/api/products/" + product + "/administration").with(as(CLINICIAN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(Wristbands.code(actor(CLINICIAN).clinicId(), patient), label, LAB,
                                DEMO_PASSWORD, releasedAt)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.product.events[4].at").value(releasedAt.toString()));
        List<Instant[]> times = jdbc.sql("select happened_at, attempted_at from product_bedside_attempt where"
                        + " product_identifier = :p and passed order by id").param("p", product)
                .query((rs, n) -> new Instant[] {rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getObject(2, OffsetDateTime.class).toInstant()}).list();
        assertThat(times).singleElement().satisfies(t -> {
            assertThat(t[0]).as("happened").isEqualTo(releasedAt);
            assertThat(t[1]).as("recorded").isAfterOrEqualTo(releasedAt);
        });
        assertThat(auditAfter(audit)).anySatisfy(r -> assertThat((String) r.get("detail")).startsWith("ADMINISTER")
                .contains("happenedAt=" + releasedAt));
    }

    List<Map<String, Object>> attempts(String product) {
        return jdbc.sql("select * from product_bedside_attempt where product_identifier = :p order by id")
                .param("p", product).query().listOfRows();
    }

    List<Map<String, Object>> deniedAttempts(long afterAudit) {
        return auditAfter(afterAudit).stream().filter(r -> "DENIED".equals(r.get("outcome"))
                && Bedside.ATTEMPT.equals(r.get("resource_type"))
                && ((Number) r.get("patient_id")).longValue() == patient.value()).toList();
    }

    long administrations(String product) {
        return jdbc.sql("""
                select count(*) from product_custody_event e join product_product p on p.id = e.product_id
                where p.identifier = :p and e.step = 'ADMINISTERED'""").param("p", product).query(Long.class).single();
    }

    static List<String> stops(MockHttpServletResponse response) throws Exception {
        return JsonPath.read(response.getContentAsString(), "$.findings[?(@.passed == false)].rule");
    }

    @Test
    void aSecondProductUnderTheSamePlanVersionIsStoppedAtTheInjectedSiteUntilANewVersionListsIt() throws Exception {
        String first = product;
        String second = released.release(patient, plan);
        assertThat(administer(first, 3, "4.0").getStatus()).isEqualTo(200);

        long audit = lastAuditId();
        MockHttpServletResponse repeat = administer(second, 3, "4.0");
        assertThat(repeat.getStatus()).isEqualTo(409);
        assertThat(stops(repeat)).containsExactly("INJECTIONS_IN_PLAN");
        List<String> message = JsonPath.read(repeat.getContentAsString(),
                "$.findings[?(@.rule == 'INJECTIONS_IN_PLAN')].message");
        assertThat(message).singleElement().asString().startsWith("STOP: the left knee joint was already injected"
                + " under plan version 1 (product " + first + ", ").contains("a repeat injection needs a new version"
                + " of the plan that lists it");
        assertThat(custody.get(actor(LAB), second).state()).isEqualTo(ProductState.RELEASED);
        assertThat(attempts(second)).singleElement().satisfies(a -> assertThat(a.get("passed")).isEqualTo(false));
        assertThat(deniedAttempts(audit)).singleElement().satisfies(r -> assertThat((String) r.get("detail"))
                .contains("INJECTIONS_IN_PLAN"));

        MockHttpServletResponse tooMuch = administer(second, 3, "4.5");
        assertThat(stops(tooMuch)).containsExactly("INJECTIONS_IN_PLAN", "DOSE_IN_PLAN");

        PlanView current = plans.get(actor(CLINICIAN), patient, plan);
        PlanView draft = plans.edit(actor(CLINICIAN), patient, plan, ClinicalFixtures.marrowPlan(candidate),
                current.version());
        ClinicalFixtures.signConsent(consents, actor(CLINICIAN), patient, plan, 2);
        plans.approve(actor(CLINICIAN), patient, plan, RegulatoryRecord.none(), draft.version());
        assertThat(administer(second, 3, "4.0").getStatus()).as("version 2 lists the site again").isEqualTo(200);
        assertThat(administrations(second)).isEqualTo(1);
    }

    @Test
    void ofTenParallelAdministrationsOfOneProductOneIsRecordedAndEveryRefusalLeavesAnAttemptAndAnAuditRow()
            throws Exception {
        long audit = lastAuditId();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            requests.add(pool.submit(() -> {
                start.await();
                return administer(product, 3, "4.0").getStatus();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> request : requests) {
            statuses.add(request.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
        assertThat(administrations(product)).isEqualTo(1);
        List<Map<String, Object>> attempts = attempts(product);
        assertThat(attempts).hasSize(10);
        assertThat(attempts).filteredOn(a -> Boolean.TRUE.equals(a.get("passed"))).hasSize(1);
        assertThat(deniedAttempts(audit)).hasSize(9);
    }

    @Test
    void aStaleVersionIsRefusedAndLeavesAnAttemptAndAnAuditRow() throws Exception {
        long audit = lastAuditId();
        MockHttpServletResponse stale = administer(product, 2, "4.0");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat((String) JsonPath.read(stale.getContentAsString(), "$.errors.version"))
                .contains("changed since the screen was opened");
        assertThat(attempts(product)).singleElement().satisfies(a -> {
            assertThat(a.get("passed")).isEqualTo(false);
            assertThat((String) a.get("refused_because")).startsWith("version: This product changed");
        });
        assertThat(deniedAttempts(audit)).singleElement().satisfies(r -> assertThat((String) r.get("detail"))
                .startsWith("refused: version"));
        assertThat(administrations(product)).isZero();
    }
}
