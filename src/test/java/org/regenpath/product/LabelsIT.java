package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.ProductType;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Printing labels in the running application: the PDF names the product and its patient, every print leaves a
 * PRINT audit row naming the record, refusals stay problem details even when the caller asked for a PDF, and the
 * pages link to the labels where people look for them.
 */
class LabelsIT extends WebIT {

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

    PatientView patient;
    String product;

    @BeforeEach
    void collected() {
        settings.save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE, new ClinicProductSettings.SettingsInput(
                Duration.ofHours(8), new BigDecimal("70"), 100_000_000L, null, Duration.ofHours(6),
                "Test values only, not clinical guidance"));
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        patient = registry.get(actor(CLINICIAN), c.patient());
        long plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), c);
        product = custody.collect(actor(LAB), c.patient(), new CollectInput(plan, "Procedure room 2", null, null,
                null, null)).productId();
    }

    @Test
    void aLabTechnicianPrintsTheProductLabelAndThePrintIsAudited() throws Exception {
        long audit = lastAuditId();
        MockHttpServletResponse response = mvc.perform(get("/api/products/" + product + "/label").with(as(LAB))
                        .accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        assertThat(response.getHeader("Content-Disposition")).contains("inline").contains("label-" + product)
                .doesNotContain(patient.mrn());
        String text = LabelPdfTests.text(response.getContentAsByteArray());
        assertThat(text.replaceAll("\\s", "")).contains(product);
        assertThat(text).contains("FOR AUTOLOGOUS USE ONLY").contains("NOT EVALUATED FOR INFECTIOUS SUBSTANCES")
                .contains("MRN " + patient.mrn())
                .contains(patient.familyName().toUpperCase() + ", " + patient.givenName())
                .contains("Demo Regenerative Pain Clinic");
        assertThat(printed(audit)).singleElement().satisfies(r -> {
            assertThat(r.get("resource_type")).isEqualTo(Labels.PRODUCT_LABEL);
            assertThat(r.get("resource_id")).isEqualTo(product);
            assertThat(((Number) r.get("patient_id")).longValue()).isEqualTo(patient.id().value());
            assertThat((String) r.get("detail")).contains(LabelPdf.TEMPLATE);
        });
    }

    @Test
    void aCoordinatorPrintsTheWristbandFromTheChart() throws Exception {
        String chart = mvc.perform(get("/patients/" + patient.id()).with(as(COORDINATOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(chart).contains("/patients/" + patient.id() + "/wristband.pdf");
        long audit = lastAuditId();
        byte[] pdf = mvc.perform(get("/patients/" + patient.id() + "/wristband.pdf").with(as(COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(LabelPdfTests.text(pdf)).contains("MRN " + patient.mrn()).contains(Wristbands.code(patient.clinicId(), patient.id()));
        assertThat(printed(audit)).singleElement().satisfies(r -> {
            assertThat(r.get("resource_type")).isEqualTo(Labels.WRISTBAND);
            assertThat(((Number) r.get("patient_id")).longValue()).isEqualTo(patient.id().value());
        });
    }

    @Test
    void aRefusalIsAProblemEvenWhenThePdfWasAskedFor() throws Exception {
        mvc.perform(get("/api/patients/" + patient.id() + "/wristband").with(as(LAB)).accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/products/" + product + "/label").with(as(OTHER_CLINICIAN))
                        .accept(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/not-found"));
    }

    @Test
    void aDiscardedProductGetsNoNewLabel() throws Exception {
        custody.record(actor(LAB), product, new CustodyInput(CustodyAction.DISCARD, 0L, "Lab bench B", null, null,
                null, "Bag punctured"));
        long audit = lastAuditId();
        String problem = mvc.perform(get("/api/products/" + product + "/label").with(as(CLINICIAN)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(problem).contains("\"state\"").contains("is discarded");
        assertThat(printed(audit)).isEmpty();
        String page = mvc.perform(get("/lab/products/" + product).with(as(LAB))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("label.pdf");
    }

    @Test
    void theProductPageAndTheBoardLinkToTheLabelForThoseWhoMayPrintIt() throws Exception {
        String link = "/products/" + product + "/label.pdf";
        assertThat(page("/lab/products/" + product, LAB)).contains(link);
        assertThat(page("/lab?state=COLLECTED", CLINICIAN)).contains(link);
        assertThat(page("/lab?state=COLLECTED", COORDINATOR)).doesNotContain(link);
        mvc.perform(get(link).with(as(CLINICIAN)).with(csrf())).andExpect(status().isOk());
    }

    @Test
    void theOpenApiDocumentDescribesTheLabelsAsPdf() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/products/{productId}/label'].get.responses['200'].content"
                        + "['application/pdf']").exists())
                .andExpect(jsonPath("$.paths['/api/patients/{patientId}/wristband'].get.responses['200'].content"
                        + "['application/pdf']").exists())
                .andExpect(jsonPath("$.paths['/products/{productId}/label.pdf']").doesNotExist());
    }

    String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    List<Map<String, Object>> printed(long since) {
        return auditAfter(since).stream().filter(r -> "PRINT".equals(r.get("action"))).toList();
    }
}
