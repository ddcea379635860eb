package org.regenpath.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regenpath.support.Endpoint.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.support.AuthorizationMatrix;
import org.regenpath.support.Endpoint;
import org.regenpath.support.Target;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Every trace endpoint, API and page, through the {@link AuthorizationMatrix}: anonymous callers, the roles that may
 * not trace, a patient and a clinician of another clinic are refused and audited, changing nothing; clinicians and
 * lab technicians are served, and each trace is audited naming the patient. Another clinic's lot search is not
 * refused but finds none of this clinic's products.
 */
class TraceAuthorizationIT extends WebIT {

    static final String[] TRACERS = {CLINICIAN, LAB};

    /** {@code {p}}, {@code {product}} and {@code {lot}}: a patient, their processed product and its kit lot. */
    static final List<Endpoint> ENDPOINTS = List.of(
            row(GET, "/api/trace/products/{product}").allow(TRACERS).shows("{product}")
                    .with(Endpoint.Option.ROLE_REFUSED_BEFORE_LOOKUP),
            row(GET, "/api/trace/patients/{p}")      .allow(TRACERS).shows("{product}"),
            row(GET, "/api/trace/lots?kitLot={lot}") .allow(TRACERS).shows("{product}"),
            row(GET, "/trace/products/{product}")    .allow(TRACERS).shows("{product}")
                    .with(Endpoint.Option.ROLE_REFUSED_BEFORE_LOOKUP),
            row(GET, "/trace/patients/{p}")          .allow(TRACERS).shows("{product}"),
            row(GET, "/trace?by=KIT_LOT&q={lot}")    .allow(TRACERS).shows("{product}"),
            row(GET, "/trace")                       .allow(TRACERS).with(Endpoint.Option.UNAUDITED));

    @Autowired
    ApplicationContext context;

    @TestFactory
    Stream<DynamicNode> everyEndpointServesTracersAndRefusesTheRest() {
        return AuthorizationMatrix.tests(this, ENDPOINTS, e -> matrixTarget(target()));
    }

    /** A patient of clinic A whose product was processed with a lot of its own. */
    record Traced(TraceFixtures.Planned patient, String product, String lot) {}

    Target matrixTarget(Traced t) {
        return Target.of(t.patient().id()).patientRecord("product", t.product(), "RP-NONEXISTENT1")
                .value("lot", t.lot()).written(() -> written(t.patient().id().value()));
    }

    Traced target() {
        TraceFixtures f = TraceFixtures.of(context);
        TraceFixtures.Staff a = new TraceFixtures.Staff(actor(ADMIN), actor(CLINICIAN), actor(LAB), LAB,
                DEMO_PASSWORD);
        TraceFixtures.Planned patient = f.patient(a, uniqueMrn());
        String lot = TraceFixtures.uniqueLot();
        return new Traced(patient, f.processed(a, patient, lot, "Centrifuge C-1"), lot);
    }

    /** Tracing writes nothing but audit rows: the products' versions and the procedure records stay as they are. */
    long written(long patient) {
        return jdbc.sql("""
                select (select coalesce(sum(version), 0) from product_product where patient_id = :p)
                     + (select count(*) from product_custody_event e join product_product x on x.id = e.product_id
                        where x.patient_id = :p)
                     + (select count(*) from procedure_record where patient_id = :p)""")
                .param("p", patient).query(Long.class).single();
    }

    @TestFactory
    Stream<DynamicTest> anotherClinicsLotSearchFindsNothingOfThisClinic() {
        return Stream.of("/api/trace/lots?kitLot=", "/trace?by=KIT_LOT&q=").map(url -> DynamicTest.dynamicTest(url,
                () -> {
                    Traced t = target();
                    MockHttpServletResponse response = mvc.perform(get(url + t.lot()).with(as(OTHER_CLINICIAN)))
                            .andReturn().getResponse();
                    assertThat(response.getStatus()).as(url).isEqualTo(200);
                    assertThat(response.getContentAsString()).as(url).doesNotContain(t.product())
                            .containsAnyOf("\"products\":[]", "0 product(s)");
                }));
    }
}
