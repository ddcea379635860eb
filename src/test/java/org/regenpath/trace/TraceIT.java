package org.regenpath.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.patient.PatientView;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Two-way tracking in the running application. Two patients of clinic A have products processed with one kit
 * lot; Ann's was injected and its procedure recorded, and she has a second product from another lot. A patient of
 * clinic B has a product with the same lot number. The lot leads to both of clinic A's products and patients and
 * never to clinic B's; each product leads back to its patient, injection and procedure; each patient to all their
 * products.
 */
class TraceIT extends WebIT {

    static final String OTHER_LAB = "lab@second-clinic.example";

    @Autowired
    ApplicationContext context;

    String lot;
    String device;
    PatientView ann;
    PatientView ben;
    TraceFixtures.Planned cy;
    String annProduct;
    String annSecond;
    String benProduct;
    String cyProduct;

    @BeforeEach
    void twoPatientsShareAKitLot() {
        TraceFixtures f = TraceFixtures.of(context);
        TraceFixtures.Staff a = new TraceFixtures.Staff(actor(ADMIN), actor(CLINICIAN), actor(LAB), LAB,
                DEMO_PASSWORD);
        TraceFixtures.Staff b = new TraceFixtures.Staff(actor(OTHER_ADMIN), actor(OTHER_CLINICIAN), actor(OTHER_LAB),
                OTHER_LAB, DEMO_PASSWORD);
        lot = TraceFixtures.uniqueLot();
        device = "Centrifuge " + lot;
        TraceFixtures.Planned annPlanned = f.patient(a, uniqueMrn());
        TraceFixtures.Planned benPlanned = f.patient(a, uniqueMrn());
        cy = f.patient(b, uniqueMrn());
        annProduct = f.processed(a, annPlanned, lot, device);
        f.injected(a, annPlanned, annProduct);
        annSecond = f.processed(a, annPlanned, TraceFixtures.uniqueLot(), "Centrifuge C-2");
        benProduct = f.processed(a, benPlanned, lot, device);
        cyProduct = f.processed(b, cy, lot, device);
        ann = f.registry().get(actor(CLINICIAN), annPlanned.id());
        ben = f.registry().get(actor(CLINICIAN), benPlanned.id());
    }

    @Test
    void aKitLotLeadsToEveryProductAndPatientOfTheClinicAndAuditsEachPatient() throws Exception {
        long audit = lastAuditId();
        String json = api("/api/trace/lots?kitLot=" + lot.toLowerCase(Locale.ROOT), CLINICIAN);

        assertThat(JsonPath.<List<String>>read(json, "$.products[*].productId"))
                .containsExactlyInAnyOrder(annProduct, benProduct);
        assertThat(JsonPath.<List<String>>read(json, "$.patients[*].mrn")).containsExactlyInAnyOrder(ann.mrn(),
                ben.mrn());
        assertThat(JsonPath.<List<String>>read(json, "$.products[?(@.productId == '" + annProduct
                + "')].procedure.operator")).containsExactly(CLINICIAN);
        assertThat(JsonPath.<List<Object>>read(json, "$.products[?(@.productId == '" + benProduct
                + "')].administration")).containsExactly((Object) null);
        assertThat(JsonPath.<List<String>>read(json, "$.products[*].materials[*].kitLot")).contains(lot);
        List<Map<String, Object>> rows = auditAfter(audit);
        assertThat(rows).filteredOn(r -> "READ".equals(r.get("action")) && "Trace".equals(r.get("resource_type")))
                .extracting(r -> ((Number) r.get("patient_id")).longValue())
                .containsExactlyInAnyOrder(ann.id().value(), ben.id().value());
        assertThat(rows).filteredOn(r -> "SEARCH".equals(r.get("action")))
                .singleElement().satisfies(r -> assertThat((String) r.get("detail")).contains(lot.toLowerCase())
                        .contains("products=2").contains("patients=2"));
    }

    @Test
    void aDeviceLeadsToTheSameProducts() throws Exception {
        String json = api("/api/trace/lots?device=" + device, LAB);
        assertThat(JsonPath.<List<String>>read(json, "$.products[*].productId"))
                .containsExactlyInAnyOrder(annProduct, benProduct);
    }

    @Test
    void aProductLeadsToItsPatientInjectionProcedureAndLots() throws Exception {
        mvc.perform(get("/api/trace/products/" + annProduct).with(as(CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.patient.mrn").value(ann.mrn()))
                .andExpect(jsonPath("$.state").value("ADMINISTERED"))
                .andExpect(jsonPath("$.administration.to").value(ann.id().value()))
                .andExpect(jsonPath("$.administration.site.region").value("knee joint"))
                .andExpect(jsonPath("$.procedure.id").isNumber())
                .andExpect(jsonPath("$.materials[?(@.kitLot == '" + lot + "')].device").value(device));
    }

    @Test
    void aPatientLeadsToEveryProduct() throws Exception {
        String json = api("/api/trace/patients/" + ann.id(), CLINICIAN);
        assertThat(JsonPath.<List<String>>read(json, "$.products[*].productId"))
                .containsExactly(annProduct, annSecond);
        assertThat(JsonPath.<List<String>>read(json, "$.products[*].state"))
                .containsExactly("ADMINISTERED", "PROCESSING");
        assertThat(JsonPath.<String>read(json, "$.patient.name")).isEqualTo(ann.displayName());
    }

    @Test
    void labTechniciansSeeWhatTheLabelShowsButNoChartOrProcedures() throws Exception {
        String json = api("/api/trace/lots?kitLot=" + lot, LAB);
        assertThat(JsonPath.<List<String>>read(json, "$.patients[*].label"))
                .containsExactlyInAnyOrder(ann.labelLine(), ben.labelLine());
        assertThat(ann.labelLine()).isEqualTo(ann.familyName().toUpperCase(java.util.Locale.ROOT) + ", "
                + ann.givenName() + " · DOB " + ann.dateOfBirth() + " · MRN " + ann.mrn());
        assertThat(JsonPath.<List<Boolean>>read(json, "$.patients[*].chart")).containsOnly(false);
        assertThat(JsonPath.<List<Object>>read(json, "$.products[*].procedure")).containsOnlyNulls();
        assertThat(JsonPath.<List<Boolean>>read(api("/api/trace/lots?kitLot=" + lot, CLINICIAN),
                "$.patients[*].chart")).containsOnly(true);
    }

    @Test
    void anotherClinicsLotSearchFindsNoneOfThisClinicsProducts() throws Exception {
        String json = api("/api/trace/lots?kitLot=" + lot, OTHER_CLINICIAN);
        assertThat(JsonPath.<List<String>>read(json, "$.products[*].productId")).containsExactly(cyProduct);
        assertThat(JsonPath.<List<Integer>>read(json, "$.patients[*].id")).containsExactly((int) cy.id().value());
        assertThat(json).doesNotContain(annProduct).doesNotContain(benProduct).doesNotContain(ann.mrn());
    }

    @Test
    void theLotSearchNeedsExactlyOneOfLotAndDevice() throws Exception {
        mvc.perform(get("/api/trace/lots").with(as(CLINICIAN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.kitLot").exists());
        mvc.perform(get("/api/trace/lots?kitLot=" + lot + "&device=" + device).with(as(CLINICIAN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.kitLot").exists());
        mvc.perform(get("/api/trace/lots?device=" + "x".repeat(101)).with(as(CLINICIAN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.device").exists());
    }

    @Test
    void theRecallPageListsProductsAndPatientsWithLinks() throws Exception {
        String clinician = page("/trace?by=KIT_LOT&q=" + lot, CLINICIAN);
        assertThat(clinician).contains("2 product(s), 2 patient(s)")
                .contains("/trace/products/" + annProduct).contains("/lab/products/" + benProduct)
                .contains("/patients/" + ann.id() + "\"").contains(ben.displayName()).contains("MRN " + ben.mrn())
                .doesNotContain(cyProduct);
        String lab = page("/trace?by=KIT_LOT&q=" + lot, LAB);
        assertThat(lab).contains(ben.labelLine()).contains("/trace/patients/" + ben.id())
                .doesNotContain("href=\"/patients/" + ben.id() + "\"").doesNotContain("#" + ben.id() + "<")
                .doesNotContain("patient #");
        mvc.perform(get("/trace?by=PRODUCT&q=" + annProduct.toLowerCase()).with(as(LAB)))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/trace/products/" + annProduct, LAB)).contains(annProduct)
                .contains(">Administered</span>").doesNotContain(">ADMINISTERED<");
        assertThat(page("/trace/patients/" + ann.id(), CLINICIAN)).contains(annProduct).contains(annSecond);
        assertThat(page("/patients/" + ann.id(), CLINICIAN)).contains("/trace/patients/" + ann.id());
        assertThat(page("/trace?by=DEVICE&q=" + "x".repeat(101), LAB)).contains("At most 100 characters");
    }

    String api(String url, String user) throws Exception {
        return mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    String page(String url, String user) throws Exception {
        return api(url, user);
    }
}
