package org.regenpath.procedure;

import static org.regenpath.support.Endpoint.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.support.AuthorizationMatrix;
import org.regenpath.support.Endpoint;
import org.regenpath.support.Target;

/**
 * The procedure record, API and page, through the {@link AuthorizationMatrix}: anonymous callers, the roles it is
 * closed to, a patient and a clinician of another clinic are refused and audited, writing nothing; the care team
 * reads it and the clinician records it, audited.
 */
class ProcedureAuthorizationIT extends AdministeredProducts {

    static final String FORM = "productId={product}&imageGuidance=ULTRASOUND&siteRegion=knee joint"
            + "&siteLaterality=LEFT&volumeMl=4&complications=None&instructions=Rest";

    /** {@code {p}} and {@code {product}}: a patient and the product just administered to them. */
    static final List<Endpoint> ENDPOINTS = List.of(
            row(GET, "/api/patients/{p}/procedures")                                   .allow(CLINICIAN, COORDINATOR),
            row(POST, "/api/patients/{p}/procedures").body(ProcedureApiIT.body("{product}")).allow(CLINICIAN),
            row(GET, "/patients/{p}/procedures")                                       .allow(CLINICIAN, COORDINATOR),
            row(POST, "/patients/{p}/procedures").body(FORM)                          .allow(CLINICIAN));

    @TestFactory
    Stream<DynamicNode> theCareTeamReadsTheClinicianRecordsAndTheRestAreRefused() {
        return AuthorizationMatrix.tests(this, ENDPOINTS, e -> {
            Treated t = treated(true);
            return Target.of(t.patient()).value("product", t.product()).written(() -> jdbc.sql(
                    "select count(*) from procedure_record where patient_id = :p").param("p", t.patient().value())
                    .query(Long.class).single());
        });
    }
}
