package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
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
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A patient withdraws consent to an approved plan after the cells were released: the bedside stops the injection
 * (recorded as a stopped attempt, the product stays RELEASED), nothing more is collected or released under the
 * plan, and the lab board and product page warn. A newly consented and approved version lifts the stop.
 */
@RecordApplicationEvents
class ConsentWithdrawalIT extends WebIT {

    static final String REASON = "Wants to wait until after the summer";

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
    long plan;

    @BeforeEach
    void approvedPlan() {
        settings.save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE, new ClinicProductSettings.SettingsInput(
                Duration.ofHours(8), new BigDecimal("70"), 100_000_000L, null, Duration.ofHours(6),
                "Test values only, not clinical guidance"));
        candidate = ClinicalFixtures.candidate(registry, profiles, screening, account(CLINICIAN).clinicId(),
                uniqueMrn(), Outcome.ELIGIBLE);
        patient = candidate.patient();
        plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), candidate);
    }

    /** Collects a product and records processing and good QC; with {@code release}, a second person releases it. */
    String processed(boolean release) {
        String product = custody.collect(actor(LAB), patient, new CollectInput(plan, "Procedure room 2", null, null,
                null, null)).productId();
        custody.record(actor(LAB), product, new CustodyInput(CustodyAction.PROCESS, 0L, "Lab bench B",
                "Centrifuge system X", "KIT-42", null, null));
        custody.record(actor(LAB), product, new CustodyInput(CustodyAction.QC, 1L, "Lab bench B", null, null,
                new Measurements(null, 1_500_000_000L, new BigDecimal("91"), null, null), null));
        if (release) {
            custody.record(actor(CLINICIAN), product, new CustodyInput(CustodyAction.RELEASE, 2L, "Lab bench B",
                    null, null, null, null));
        }
        return product;
    }

    ResultActions administer(String product, long version) throws Exception {
        String body = """
                {"version": %d, "wristband": "%s", "productLabel": "%s", "siteRegion": "knee joint",
                 "siteLaterality": "LEFT", "verifierEmail": "%s", "verifierPassword": "%s",
                 "location": "Procedure room 2", "volumeMl": 4.0, "baselineReason": "PATIENT_DECLINED"}"""
                .formatted(version, Wristbands.code(actor(CLINICIAN).clinicId(), patient), product, LAB, DEMO_PASSWORD);
        return mvc.perform(post("/api/products/" + product + "/administration").with(as(CLINICIAN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long attempts(String product, boolean passed) {
        return jdbc.sql("select count(*) from product_bedside_attempt where product_identifier = :p and passed = :ok")
                .param("p", product).param("ok", passed).query(Long.class).single();
    }

    long productsOfPatient() {
        return jdbc.sql("select count(*) from product_product where patient_id = :p").param("p", patient.value())
                .query(Long.class).single();
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    void withdraw() {
        consents.withdraw(actor(COORDINATOR), patient, plan, 1, REASON);
    }

    @Test
    void aWithdrawalAfterReleaseStopsTheInjectionRecordsTheAttemptAndLeavesTheProductReleased() throws Exception {
        String released = processed(true);
        String awaitingRelease = processed(false);
        withdraw();

        long audit = lastAuditId();
        ResultActions stopped = administer(released, 3)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.administered").value(false))
                .andExpect(jsonPath("$.product.state").value("RELEASED"))
                .andExpect(jsonPath("$.product.consent.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.product.consent.withdrawal.reason").value(REASON));
        List<String> stops = JsonPath.read(body(stopped), "$.findings[?(@.passed == false)].rule");
        assertThat(stops).containsExactly("CONSENT_IN_FORCE");
        List<String> message = JsonPath.read(body(stopped), "$.findings[?(@.rule == 'CONSENT_IN_FORCE')].message");
        assertThat(message).singleElement().asString().startsWith("STOP: consent to this plan was withdrawn on ")
                .containsPattern(" E[SD]T \\(" + REASON + "\\)\\. Do not give this product")
                .doesNotContainPattern("\\bUTC\\b");
        assertThat(attempts(released, false)).isEqualTo(1);
        assertThat(attempts(released, true)).isZero();
        assertThat(auditAfter(audit)).anySatisfy(r -> {
            assertThat(r.get("outcome")).isEqualTo("DENIED");
            assertThat(r.get("resource_type")).isEqualTo(Bedside.ATTEMPT);
            assertThat((String) r.get("detail")).contains("CONSENT_IN_FORCE");
        });
        assertThat(events.stream(ProductAdministered.class)).isEmpty();
        assertThat(custody.get(actor(LAB), released).state()).isEqualTo(ProductState.RELEASED);

        ResultActions release = mvc.perform(post("/api/products/" + awaitingRelease + "/custody")
                .with(as(CLINICIAN)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"action": "RELEASE", "version": 2, "location": "Lab bench B"}"""))
                .andExpect(status().isConflict());
        assertThat((String) JsonPath.read(body(release), "$.errors.consent"))
                .startsWith("Consent to this plan was withdrawn on ").contains("The product was not released");
        assertThat(custody.get(actor(LAB), awaitingRelease).state()).isEqualTo(ProductState.PROCESSING);
    }

    @Test
    void collectionUnderAWithdrawnConsentIsRefusedAndNothingIsWritten() throws Exception {
        withdraw();
        long audit = lastAuditId();
        ResultActions collect = mvc.perform(post("/api/patients/" + patient.value() + "/products").with(as(LAB))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"planId": %d, "location": "Procedure room 2"}""".formatted(plan)))
                .andExpect(status().isConflict());
        assertThat((String) JsonPath.read(body(collect), "$.errors.consent"))
                .startsWith("Consent to this plan was withdrawn on ")
                .containsPattern(" E[SD]T \\(" + REASON + "\\)\\. Nothing was collected\\.$");
        assertThat(productsOfPatient()).isZero();
        assertThat(auditAfter(audit)).noneMatch(r -> "SUCCESS".equals(r.get("outcome"))
                && ChainOfCustody.PRODUCT.equals(r.get("resource_type")));

        String page = mvc.perform(post("/lab/patients/" + patient.value() + "/collect").param("planId",
                        String.valueOf(plan)).param("location", "Procedure room 2").with(as(LAB)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"conflict\"").contains("Nothing was collected.");
        assertThat(productsOfPatient()).isZero();
    }

    @Test
    void theLabBoardProductPageAndBedsideScreenWarnWithoutAnExtraAuditRow() throws Exception {
        String released = processed(true);
        String board = mvc.perform(get("/lab").with(as(LAB))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(board).doesNotContain("consent-withdrawn-" + released);
        withdraw();

        board = mvc.perform(get("/lab").with(as(LAB))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(board).contains("id=\"consent-withdrawn-" + released + "\"").contains("Consent withdrawn");
        long audit = lastAuditId();
        String page = mvc.perform(get("/lab/products/" + released).with(as(LAB))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"consent-withdrawn\"").contains("(" + REASON + ")")
                .contains("Do not release or give this product");
        // The page reads the product (and the events linked to it, audited on the product too): no row for the consent.
        assertThat(auditAfter(audit).stream().filter(r -> LAB.equals(r.get("username"))).toList())
                .as("READs of the product only, none for the consent").isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("resource_type")).isEqualTo(ChainOfCustody.PRODUCT));
        String bedside = mvc.perform(get("/bedside/" + released).with(as(CLINICIAN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(bedside).contains("id=\"consent-withdrawn\"").contains("Do not give this product");
    }

    @Test
    void aNewlyConsentedAndApprovedVersionLiftsTheStop() throws Exception {
        String released = processed(true);
        withdraw();
        administer(released, 3).andExpect(status().isConflict());

        PlanView current = plans.get(actor(CLINICIAN), patient, plan);
        PlanView draft = plans.edit(actor(CLINICIAN), patient, plan, ClinicalFixtures.marrowPlan(candidate),
                current.version());
        ClinicalFixtures.signConsent(consents, actor(CLINICIAN), patient, plan, 2);
        plans.approve(actor(CLINICIAN), patient, plan, RegulatoryRecord.none(), draft.version());

        administer(released, 3)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.administered").value(true))
                .andExpect(jsonPath("$.product.consent.status").value("VALID"))
                .andExpect(jsonPath("$.product.consent.versionNumber").value(2));
        assertThat(attempts(released, false)).isEqualTo(1);
        assertThat(attempts(released, true)).isEqualTo(1);
    }
}
