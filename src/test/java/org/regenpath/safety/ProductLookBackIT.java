package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.demo.PatientPath;
import org.regenpath.demo.TreatmentPaths;
import org.regenpath.intake.Outcome;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The product look-back from an adverse event, and the events of a product as the lab reads them. Ann's event is
 * linked to her product, processed with kit lot L on device D. Ben's product used lot L (another device), Cy's
 * device D (another lot), Dan's neither; Eve, of another clinic, has a product of lot L on device D. The look-back
 * lists Ben and Cy with their own events, never Dan or Eve, and never Ann herself; the lab reads Ann's product's
 * events with no name, record number, birth date or free text.
 */
class ProductLookBackIT extends TreatedPatients {

    static final String OTHER_LAB = "lab@second-clinic.example";
    static final String OTHER_TERM = "Ache behind the knee cap";

    @Autowired
    AdverseEvents events;

    @Autowired
    PatientRegistry registry;

    /** The patients and events, made once for the class: the tests only read them. */
    private static ProductLookBackIT made;

    String lot;
    String device;
    Treated ann;
    Treated ben;
    Treated cy;
    Treated dan;
    PatientId eve;
    long annEvent;
    long annOtherEvent;
    long benEvent;
    long cyEvent;

    @BeforeEach
    void patientsShareAKitLotOrADevice() {
        if (made == null) {
            make();
            made = this;
        }
        lot = made.lot;
        device = made.device;
        ann = made.ann;
        ben = made.ben;
        cy = made.cy;
        dan = made.dan;
        eve = made.eve;
        annEvent = made.annEvent;
        annOtherEvent = made.annOtherEvent;
        benEvent = made.benEvent;
        cyEvent = made.cyEvent;
    }

    private void make() {
        lot = "LOT-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        device = "Centrifuge " + lot;
        ann = treated(lot, device);
        ben = treated(lot.toLowerCase(), "Centrifuge B " + lot);
        cy = treated("OTHER-" + lot, device);
        dan = treated("NONE-" + lot, "Centrifuge D " + lot);
        eve = otherClinicsProduct(lot, device);
        annEvent = record(ann, ann.product(), "injection-site-swelling", null, 2,
                Set.of(SeriousnessCriterion.IMPORTANT_MEDICAL_EVENT));
        annOtherEvent = record(ann, ann.product(), "other", OTHER_TERM, 1, Set.of());
        benEvent = record(ben, null, "injection-site-pain", null, 1, Set.of());
        cyEvent = record(cy, cy.product(), "nausea", null, 1, Set.of());
        record(dan, null, "injection-site-pain", null, 1, Set.of());
    }

    @Test
    void theLookBackListsEveryOtherPatientOfTheClinicWhoseProductSharedAKitLotOrDeviceWithTheirEvents()
            throws Exception {
        long audit = lastAuditId();
        String json = api("/api/safety/events/" + annEvent + "/look-back", CLINICIAN);

        assertThat(JsonPath.<String>read(json, "$.productId")).isEqualTo(ann.product());
        assertThat(JsonPath.<List<String>>read(json, "$.materials[*].kitLot")).containsExactly(lot);
        assertThat(JsonPath.<List<Number>>read(json, "$.recipients[*].patientId")).extracting(Number::longValue)
                .containsExactlyInAnyOrder(ben.patient().value(), cy.patient().value());
        assertThat(JsonPath.<List<String>>read(json, "$.recipients[?(@.patientId == " + ben.patient().value()
                + ")].products[*].kitLots[*]")).containsExactly(lot.toLowerCase());
        assertThat(JsonPath.<List<Object>>read(json, "$.recipients[?(@.patientId == " + ben.patient().value()
                + ")].products[*].devices[*]")).isEmpty();
        assertThat(JsonPath.<List<String>>read(json, "$.recipients[?(@.patientId == " + cy.patient().value()
                + ")].products[*].devices[*]")).containsExactly(device);
        assertThat(JsonPath.<List<String>>read(json, "$.recipients[?(@.patientId == " + ben.patient().value()
                + ")].products[*].state")).containsExactly("ADMINISTERED");
        assertThat(JsonPath.<List<Number>>read(json, "$.recipients[*].events[*].id")).extracting(Number::longValue)
                .containsExactlyInAnyOrder(benEvent, cyEvent);
        assertThat(JsonPath.<List<String>>read(json, "$.recipients[?(@.patientId == " + ben.patient().value()
                + ")].events[*].term")).containsExactly("Pain at the injection site");
        assertThat(json).doesNotContain(mrn(dan.patient())).doesNotContain(mrn(ann.patient()))
                .doesNotContain(registry.get(actor(OTHER_CLINICIAN), eve).mrn()).contains(mrn(ben.patient()));

        List<Map<String, Object>> rows = auditAfter(audit);
        assertThat(rows).filteredOn(r -> "AdverseEvent".equals(r.get("resource_type"))
                        && String.valueOf(r.get("detail")).startsWith("product look-back from"))
                .extracting(r -> ((Number) r.get("patient_id")).longValue())
                .containsExactlyInAnyOrder(ben.patient().value(), cy.patient().value());
        assertThat(rows).filteredOn(r -> String.valueOf(r.get("detail")).startsWith("product look-back product="))
                .singleElement().satisfies(r -> {
                    assertThat(((Number) r.get("patient_id")).longValue()).isEqualTo(ann.patient().value());
                    assertThat((String) r.get("detail")).contains("patients=2").contains("events=2");
                });
    }

    @Test
    void anotherClinicsLookBackNeverReachesThisClinicsPatients() throws Exception {
        long eveEvent = events.record(actor(OTHER_CLINICIAN), eve, input(null, null, "injection-site-pain", null, 1,
                Set.of())).id();
        // Eve's event is linked to no product: nothing to look back over, and nobody of clinic A.
        String json = api("/api/safety/events/" + eveEvent + "/look-back", OTHER_CLINICIAN);
        assertThat(JsonPath.<Object>read(json, "$.productId")).isNull();
        assertThat(JsonPath.<List<Object>>read(json, "$.recipients")).isEmpty();
        mvc.perform(get("/api/safety/events/" + annEvent + "/look-back").with(as(OTHER_CLINICIAN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theEventPageLinksTheLookBackPageForAClinician() throws Exception {
        String event = api("/safety/events/" + annEvent, CLINICIAN);
        assertThat(event).contains("/safety/events/" + annEvent + "/look-back");
        assertThat(api("/safety/events/" + annEvent, COORDINATOR)).doesNotContain("/look-back\"")
                .contains(ann.product());

        String page = api("/safety/events/" + annEvent + "/look-back", CLINICIAN);
        assertThat(page).contains(mrn(ben.patient())).contains(mrn(cy.patient()))
                .contains("/safety/events/" + benEvent + "\"").contains(lot)
                .doesNotContain(mrn(dan.patient())).doesNotContain(mrn(ann.patient()) + "</span></h4>");
        mvc.perform(get("/safety/events/" + annEvent + "/look-back").with(as(COORDINATOR)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLabReadsTheProductsEventsWithoutThePatientsIdentityOrFreeText() throws Exception {
        PatientView who = registry.get(actor(CLINICIAN), ann.patient());
        String json = api("/api/products/" + ann.product() + "/adverse-events", LAB);

        assertThat(JsonPath.<List<Number>>read(json, "$[*].eventId")).extracting(Number::longValue)
                .containsExactlyInAnyOrder(annEvent, annOtherEvent);
        assertThat(JsonPath.<List<String>>read(json, "$[*].term")).contains("Other term");
        assertThat(JsonPath.<List<String>>read(json, "$[?(@.eventId == " + annEvent + ")].seriousness[*]"))
                .containsExactly("Important medical event");
        assertThat(JsonPath.<List<String>>read(json, "$[?(@.eventId == " + annEvent + ")].productRelatedness"))
                .containsExactly("Possibly related");
        assertThat(json).doesNotContain(who.familyName()).doesNotContain(who.givenName()).doesNotContain(who.mrn())
                .doesNotContain(who.dateOfBirth().toString()).doesNotContain(OTHER_TERM)
                .doesNotContain("Knee swollen").doesNotContain("Aspirated")
                .doesNotContain("\"patientId\"");

        String page = api("/lab/products/" + ann.product(), LAB);
        String section = section(page);
        assertThat(section).contains("Swelling").contains("Grade 2").contains("Other term")
                .doesNotContain(who.familyName()).doesNotContain(who.mrn()).doesNotContain(OTHER_TERM)
                .doesNotContain("/safety/events/");
        assertThat(section(api("/lab/products/" + ann.product(), CLINICIAN)))
                .contains("/safety/events/" + annEvent + "\"");
        assertThat(section(api("/lab/products/" + dan.product(), LAB))).contains("No adverse event is linked");
    }

    @Test
    void bothEndpointsAreInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/safety/events/{eventId}/look-back'].get").exists())
                .andExpect(jsonPath("$.paths['/api/products/{productId}/adverse-events'].get").exists())
                .andExpect(jsonPath("$.components.schemas.ProductLookBack").exists());
    }

    private static String section(String page) {
        int start = page.indexOf("id=\"adverse-events\"");
        assertThat(start).as("the product page's adverse events section").isPositive();
        return page.substring(start, page.indexOf("</section>", start));
    }

    private long record(Treated t, String product, String term, String otherTerm, int grade,
            Set<SeriousnessCriterion> seriousness) {
        return events.record(actor(CLINICIAN), t.patient(), input(t.procedure(), product, term, otherTerm, grade,
                seriousness)).id();
    }

    private static AdverseEventInput input(Long procedure, String product, String term, String otherTerm, int grade,
            Set<SeriousnessCriterion> seriousness) {
        boolean serious = !seriousness.isEmpty();
        return new AdverseEventInput(procedure, product, term, otherTerm, "Knee swollen and hot", clinicToday(),
                grade, seriousness, serious ? Relatedness.UNLIKELY : null, serious ? Relatedness.POSSIBLE : null,
                serious ? Relatedness.POSSIBLE : null, false, "Aspirated", null, null, Detection.PATIENT_PORTAL,
                false);
    }

    /** A patient of the second clinic with a product processed with this kit lot and device. */
    private PatientId otherClinicsProduct(String kitLot, String dev) {
        settings.save(actor(OTHER_ADMIN), ProductType.BONE_MARROW_CONCENTRATE,
                TreatmentPaths.marrowSettings("Test values only, not clinical guidance"));
        Actor clinician = actor(OTHER_CLINICIAN);
        PatientPath path = paths.path(new TreatmentPaths.Staff(Actor.system(clinician.clinicId()), clinician, null,
                        actor(OTHER_LAB), DEMO_PASSWORD))
                .patient(uniqueMrn()).screened().decided(Outcome.ELIGIBLE).plan(LocalDate.now().plusDays(1))
                .consented().approved().collected().processed(PatientPath.BENCH, dev, kitLot);
        return path.patientId();
    }

    private String mrn(PatientId patient) {
        return registry.get(actor(CLINICIAN), patient).mrn();
    }

    private String api(String url, String user) throws Exception {
        return mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
