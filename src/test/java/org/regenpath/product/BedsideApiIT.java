package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
 * The bedside screen's API: the wrong patient is stopped with a plain message, a second person must confirm with
 * their own password, the right patient is injected once, and every attempt is recorded.
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

    PatientId patient;
    PatientId otherPatient;
    String product;

    @BeforeEach
    void releasedProduct() {
        settings.save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE, new ClinicProductSettings.SettingsInput(
                Duration.ofHours(8), new BigDecimal("70"), 100_000_000L, null, Duration.ofHours(6),
                "Test values only, not clinical guidance"));
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        otherPatient = ClinicalFixtures.candidate(registry, profiles, screening, account(CLINICIAN).clinicId(),
                uniqueMrn(), null).patient();
        patient = c.patient();
        long plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), c);
        product = custody.collect(actor(LAB), patient, new CollectInput(plan, "Procedure room 2", null, null, null,
                null)).productId();
        custody.record(actor(LAB), product, new CustodyInput(CustodyAction.PROCESS, 0L, "Lab bench B",
                "Centrifuge system X", "KIT-42", null, null));
        custody.record(actor(LAB), product, new CustodyInput(CustodyAction.QC, 1L, "Lab bench B", null, null,
                new Measurements(null, 1_500_000_000L, new BigDecimal("91"), null, null), null));
        custody.record(actor(CLINICIAN), product, new CustodyInput(
                CustodyAction.RELEASE, 2L, "Lab bench B", null, null, null, null));
    }

    ResultActions administer(PatientId wristband, String verifier, String password, int version) throws Exception {
        String body = """
                {"version": %d, "wristband": "%d", "productLabel": "%s", "siteRegion": "knee joint",
                 "siteLaterality": "LEFT", "verifierEmail": %s, "verifierPassword": "%s",
                 "location": "Procedure room 2", "volumeMl": 4.0}"""
                .formatted(version, wristband.value(), product.substring(0, 6) + "-" + product.substring(6),
                        verifier == null ? "null" : "\"" + verifier + "\"", password);
        return mvc.perform(post("/api/products/" + product + "/administration").with(as(CLINICIAN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long attempts(boolean passed) {
        return jdbc.sql("select count(*) from product_bedside_attempt where product_identifier = :p and passed = :ok")
                .param("p", product).param("ok", passed).query(Long.class).single();
    }

    static String read(ResultActions result, String path) throws Exception {
        return String.valueOf((Object) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path));
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
        assertThat(attempts(false)).isEqualTo(3);
    }
}
