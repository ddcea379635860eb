package org.regenpath.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.shared.PatientId;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every trace endpoint, API and page, against anonymous callers (pages send them to sign in), the roles it is
 * closed to, and a clinician of another clinic: each refusal leaves a DENIED audit row (naming the patient where
 * there is one) and changes nothing. Another clinic's lot search is not refused but finds none of this clinic's
 * products. Clinicians and lab technicians are served, and each trace is audited naming the patient.
 */
class TraceAuthorizationIT extends WebIT {

    /** An endpoint; {@code {p}}, {@code {product}} and {@code {lot}} stand for the target's records. */
    record Endpoint(String url, List<String> forbidden) {

        boolean patientData() {
            return url.contains("{p}") || url.contains("{product}");
        }

        boolean api() {
            return url.startsWith("/api/");
        }

        @Override
        public String toString() {
            return "GET " + url;
        }
    }

    static final List<String> NOT_TRACERS = List.of(COORDINATOR, RESEARCHER, ADMIN);
    static final List<String> TRACERS = List.of(CLINICIAN, LAB);

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/api/trace/products/{product}", NOT_TRACERS),
            new Endpoint("/api/trace/patients/{p}", NOT_TRACERS),
            new Endpoint("/api/trace/lots?kitLot={lot}", NOT_TRACERS),
            new Endpoint("/trace/products/{product}", NOT_TRACERS),
            new Endpoint("/trace/patients/{p}", NOT_TRACERS),
            new Endpoint("/trace?by=KIT_LOT&q={lot}", NOT_TRACERS),
            new Endpoint("/trace", NOT_TRACERS));

    @Autowired
    ApplicationContext context;

    /** A patient of clinic A whose product was processed with a lot of its own. */
    record Target(TraceFixtures.Planned patient, String product, String lot) {}

    Target target() {
        TraceFixtures f = TraceFixtures.of(context);
        TraceFixtures.Staff a = new TraceFixtures.Staff(actor(ADMIN), actor(CLINICIAN), actor(LAB), LAB,
                DEMO_PASSWORD);
        TraceFixtures.Planned patient = f.patient(a, uniqueMrn());
        String lot = TraceFixtures.uniqueLot();
        return new Target(patient, f.processed(a, patient, lot, "Centrifuge C-1"), lot);
    }

    MockHttpServletRequestBuilder build(Endpoint e, Target t) {
        return request(HttpMethod.GET, e.url().replace("{p}", String.valueOf(t.patient().id().value()))
                .replace("{product}", t.product()).replace("{lot}", t.lot()));
    }

    /** Tracing writes nothing but audit rows: the products' versions and the procedure records stay as they are. */
    long written(Target t) {
        return jdbc.sql("""
                select (select coalesce(sum(version), 0) from product_product where patient_id = :p)
                     + (select count(*) from product_custody_event e join product_product x on x.id = e.product_id
                        where x.patient_id = :p)
                     + (select count(*) from procedure_record where patient_id = :p)""")
                .param("p", t.patient().id().value()).query(Long.class).single();
    }

    void refused(Endpoint e, MockHttpServletRequestBuilder request, int status, boolean withPatient, Target t)
            throws Exception {
        assertRefusedAndAudited(e.toString(), request, status, withPatient ? t.patient().id().value() : null,
                () -> written(t));
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
    Stream<DynamicTest> rolesThatMayNotTraceAreForbidden() {
        return ENDPOINTS.stream().flatMap(e -> e.forbidden().stream().map(user -> DynamicTest.dynamicTest(
                user + " " + e, () -> {
                    Target t = target();
                    refused(e, build(e, t).with(as(user)), 403, false, t);
                    // A wrong role is refused before any lookup: the answer does not tell whether the record exists.
                    Target none = new Target(new TraceFixtures.Planned(PatientId.of(Integer.MAX_VALUE), 0),
                            "RP-NONEXISTENT1", t.lot());
                    assertAnswersAsNoRecord(user + " " + e, build(e, t).with(as(user)),
                            build(e, none).with(as(user)), Map.of(String.valueOf(t.patient().id().value()),
                                    String.valueOf(none.patient().id().value()), t.product(), none.product()));
                })));
    }

    @TestFactory
    Stream<DynamicTest> anotherClinicsClinicianFindsNoSuchPatientOrProduct() {
        return ENDPOINTS.stream().filter(Endpoint::patientData).map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            Target t = target();
            refused(e, build(e, t).with(as(OTHER_CLINICIAN)), 404, true, t);
            Target none = new Target(new TraceFixtures.Planned(PatientId.of(Integer.MAX_VALUE), 0), "RP-NONEXISTENT1",
                    t.lot());
            assertAnswersAsNoRecord(e.toString(), build(e, t).with(as(OTHER_CLINICIAN)),
                    build(e, none).with(as(OTHER_CLINICIAN)), Map.of(String.valueOf(t.patient().id().value()),
                            String.valueOf(none.patient().id().value()), t.product(), none.product()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> anotherClinicsLotSearchFindsNothingOfThisClinic() {
        return ENDPOINTS.stream().filter(e -> e.url().contains("{lot}")).map(e -> DynamicTest.dynamicTest(
                e.toString(), () -> {
                    Target t = target();
                    MockHttpServletResponse response = mvc.perform(build(e, t).with(as(OTHER_CLINICIAN)))
                            .andReturn().getResponse();
                    assertThat(response.getStatus()).as(e.toString()).isEqualTo(200);
                    assertThat(response.getContentAsString()).as(e.toString()).doesNotContain(t.product())
                            .containsAnyOf("\"products\":[]", "0 product(s)");
                }));
    }

    @TestFactory
    Stream<DynamicTest> cliniciansAndLabTechniciansAreServedAndAudited() {
        return ENDPOINTS.stream().flatMap(e -> TRACERS.stream().map(user -> DynamicTest.dynamicTest(
                user + " " + e, () -> {
                    Target t = target();
                    long audit = lastAuditId();
                    MockHttpServletResponse response = mvc.perform(build(e, t).with(as(user))).andReturn()
                            .getResponse();
                    assertThat(response.getStatus()).as(user + " " + e).isEqualTo(200);
                    if (e.url().equals("/trace")) {
                        return; // the empty search form shows no record, so there is nothing to audit
                    }
                    assertThat(response.getContentAsString()).as(e.toString()).contains(t.product());
                    assertThat(auditAfter(audit)).as(e.toString()).anySatisfy(r -> {
                        assertThat(r.get("outcome")).isEqualTo("SUCCESS");
                        assertThat(((Number) r.get("patient_id")).longValue()).isEqualTo(t.patient().id().value());
                    });
                })));
    }
}
