package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every cell product endpoint, and the label pages, against anonymous callers (pages send them to sign in), the
 * roles it is closed to, and a user of another clinic: each refusal leaves a DENIED audit row (naming the patient
 * where there is one) and writes nothing. The roles it is open to are served and audited.
 */
class ProductAuthorizationIT extends WebIT {

    /** An endpoint; {@code {p}}, {@code {plan}} and {@code {product}} stand for the target's records. */
    record Endpoint(HttpMethod method, String url, String json, List<String> allowed, List<String> forbidden) {

        boolean patientData() {
            return url.contains("{p}") || url.contains("{product}");
        }

        boolean api() {
            return url.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + url;
        }
    }

    /** The served case is in BedsideApiIT: the target's product is not released, so the check would stop. */
    static final String ADMINISTRATION = """
            {"version": 0, "wristband": "1", "productLabel": "RP", "siteRegion": "knee joint",
             "siteLaterality": "LEFT", "location": "Procedure room 2"}""";

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(HttpMethod.GET, "/api/products?state=COLLECTED", null,
                    List.of(LAB, CLINICIAN, COORDINATOR), List.of(RESEARCHER, ADMIN)),
            new Endpoint(HttpMethod.GET, "/lab", null,
                    List.of(LAB, CLINICIAN, COORDINATOR), List.of(RESEARCHER, ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/patients/{p}/products",
                    "{\"planId\": {plan}, \"location\": \"Procedure room 2\"}",
                    List.of(LAB, CLINICIAN), List.of(COORDINATOR, RESEARCHER, ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/products/{product}", null,
                    List.of(LAB, CLINICIAN, COORDINATOR), List.of(RESEARCHER, ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/products/{product}/custody", ProductApiIT.PROCESS,
                    List.of(LAB, CLINICIAN), List.of(COORDINATOR, RESEARCHER, ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/products/{product}/administration", ADMINISTRATION,
                    List.of(), List.of(LAB, COORDINATOR, RESEARCHER, ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/products/{product}/label", null,
                    List.of(LAB, CLINICIAN), List.of(COORDINATOR, RESEARCHER, ADMIN)),
            new Endpoint(HttpMethod.GET, "/products/{product}/label.pdf", null,
                    List.of(LAB, CLINICIAN), List.of(COORDINATOR, RESEARCHER, ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/patients/{p}/wristband", null,
                    List.of(CLINICIAN, COORDINATOR), List.of(LAB, RESEARCHER, ADMIN)),
            new Endpoint(HttpMethod.GET, "/patients/{p}/wristband.pdf", null,
                    List.of(CLINICIAN, COORDINATOR), List.of(LAB, RESEARCHER, ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/product-settings", null,
                    List.of(LAB, CLINICIAN, COORDINATOR, RESEARCHER, ADMIN), List.of()),
            new Endpoint(HttpMethod.PUT, "/api/product-settings/BONE_MARROW_CONCENTRATE", ProductApiIT.TEST_SETTINGS,
                    List.of(ADMIN), List.of(CLINICIAN, LAB, COORDINATOR, RESEARCHER)));

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

    /** A fresh ELIGIBLE patient of clinic A with an approved plan and a collected product. */
    record Target(PatientId patient, long plan, String product) {}

    Target target() {
        settings.save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE, new ClinicProductSettings.SettingsInput(
                java.time.Duration.ofHours(8), new java.math.BigDecimal("70"), 100_000_000L, null,
                java.time.Duration.ofHours(6), "Test values only, not clinical guidance"));
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        long plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), c);
        String product = custody.collect(actor(LAB), c.patient(),
                new CollectInput(plan, "Procedure room 2", null, null, null, null)).productId();
        return new Target(c.patient(), plan, product);
    }

    MockHttpServletRequestBuilder build(Endpoint e, Target t) {
        String url = e.url().replace("{p}", String.valueOf(t.patient().value())).replace("{product}", t.product());
        MockHttpServletRequestBuilder b = request(e.method(), url).with(csrf());
        if (e.json() != null) {
            b.contentType(MediaType.APPLICATION_JSON).content(e.json().replace("{plan}", String.valueOf(t.plan())));
        }
        return b;
    }

    long written(Target t) {
        return jdbc.sql("""
                select (select count(*) from product_product where patient_id = :p)
                     + (select coalesce(sum(version), 0) from product_product where patient_id = :p)
                     + (select count(*) from product_custody_event e join product_product x on x.id = e.product_id
                        where x.patient_id = :p)
                     + (select count(*) from product_bedside_attempt where patient_id = :p)
                     + (select count(*) from product_settings where updated_by not like 'admin@%')""")
                .param("p", t.patient().value()).query(Long.class).single();
    }

    void refused(Endpoint e, MockHttpServletRequestBuilder request, int status, boolean withPatient, Target t)
            throws Exception {
        assertRefusedAndAudited(e.toString(), request, status, withPatient ? t.patient().value() : null, () -> written(t));
    }

    @TestFactory
    Stream<DynamicTest> anonymousCallersMustSignIn() {
        return ENDPOINTS.stream().map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            Target t = target();
            if (e.api()) {
                refused(e, build(e, t), 401, false, t);
            } else {
                MockHttpServletResponse response = mvc.perform(build(e, t)).andReturn().getResponse();
                assertThat(response.getStatus()).as(e.toString()).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).as(e.toString()).endsWith("/login");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> rolesTheEndpointIsClosedToAreForbidden() {
        return ENDPOINTS.stream().flatMap(e -> e.forbidden().stream().map(user -> DynamicTest.dynamicTest(
                user + " " + e, () -> {
                    Target t = target();
                    refused(e, build(e, t).with(as(user)), 403, e.patientData(), t);
                    // A wrong role is refused before any lookup: the answer does not tell whether the record exists.
                    Target none = new Target(PatientId.of(Integer.MAX_VALUE), t.plan(), "RP-NONEXISTENT1");
                    assertAnswersAsNoRecord(user + " " + e, build(e, t).with(as(user)),
                            build(e, none).with(as(user)), Map.of(String.valueOf(t.patient().value()),
                                    String.valueOf(none.patient().value()), t.product(), none.product()));
                })));
    }

    @TestFactory
    Stream<DynamicTest> anotherClinicsClinicianFindsNoSuchPatientOrProduct() {
        return ENDPOINTS.stream().filter(Endpoint::patientData).map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            Target t = target();
            refused(e, build(e, t).with(as(OTHER_CLINICIAN)), 404, true, t);
            Target none = new Target(PatientId.of(Integer.MAX_VALUE), t.plan(), "RP-NONEXISTENT1");
            assertAnswersAsNoRecord(e.toString(), build(e, t).with(as(OTHER_CLINICIAN)),
                    build(e, none).with(as(OTHER_CLINICIAN)), Map.of(String.valueOf(t.patient().value()),
                            String.valueOf(none.patient().value()), t.product(), none.product()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> allowedRolesAreServedAndAudited() {
        return ENDPOINTS.stream().flatMap(e -> e.allowed().stream().map(user -> DynamicTest.dynamicTest(
                user + " " + e, () -> {
                    Target t = target();
                    long audit = lastAuditId();
                    MockHttpServletResponse response = mvc.perform(build(e, t).with(as(user))).andReturn()
                            .getResponse();
                    assertThat(response.getStatus()).as(user + " " + e).isBetween(200, 299);
                    assertThat(auditAfter(audit)).as(e.toString()).anySatisfy(r -> {
                        assertThat(r.get("outcome")).isEqualTo("SUCCESS");
                        if (e.patientData()) {
                            assertThat(((Number) r.get("patient_id")).longValue()).isEqualTo(t.patient().value());
                        }
                    });
                })));
    }
}
