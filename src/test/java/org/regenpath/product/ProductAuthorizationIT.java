package org.regenpath.product;

import static org.regenpath.support.Endpoint.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.ProductType;
import org.regenpath.support.AuthorizationMatrix;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.Endpoint;
import org.regenpath.support.Target;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every cell product endpoint, and the label pages, through the {@link AuthorizationMatrix}: anonymous callers, the
 * roles each is closed to, a patient and another clinic are refused and audited, writing nothing; the roles it is
 * open to are served and audited.
 */
class ProductAuthorizationIT extends WebIT {

    /** The served case is in BedsideApiIT: the target's product is not released, so the check would stop. */
    static final String ADMINISTRATION = """
            {"version": 0, "wristband": "1", "productLabel": "RP", "siteRegion": "knee joint",
             "siteLaterality": "LEFT", "location": "Procedure room 2"}""";

    static final String PROCESS_FORM = "action=PROCESS&version=0&location=Lab bench B&device=Centrifuge system X"
            + "&kitLot=KIT-42";

    /** The served case is in BedsidePagesIT, for the same reason as {@link #ADMINISTRATION}. */
    static final String BEDSIDE_FORM = "version=0&wristband=1&productLabel=RP&siteRegion=knee joint"
            + "&siteLaterality=LEFT&location=Procedure room 2";

    static final String COLLECT = "{\"planId\": {plan}, \"location\": \"Procedure room 2\"}";

    /** {@code {p}}, {@code {plan}} and {@code {product}}: a patient's approved plan and its collected product. */
    static final List<Endpoint> ENDPOINTS = List.of(
            row(GET, "/api/products?state=COLLECTED")                              .allow(LAB, CLINICIAN, COORDINATOR),
            row(GET, "/lab")                                                       .allow(LAB, CLINICIAN, COORDINATOR),
            row(POST, "/api/patients/{p}/products").body(COLLECT)                 .allow(LAB, CLINICIAN),
            row(GET, "/api/products/{product}")                                    .allow(LAB, CLINICIAN, COORDINATOR),
            row(GET, "/api/products/{product}/adverse-events")                     .allow(LAB, CLINICIAN, COORDINATOR),
            row(POST, "/api/products/{product}/custody").body(ProductApiIT.PROCESS).allow(LAB, CLINICIAN),
            row(POST, "/api/products/{product}/administration").body(ADMINISTRATION).allow(CLINICIAN)
                    .with(Endpoint.Option.SERVED_ELSEWHERE),
            row(GET, "/api/products/{product}/label")                              .allow(LAB, CLINICIAN),
            row(GET, "/products/{product}/label.pdf")                              .allow(LAB, CLINICIAN),
            row(GET, "/api/patients/{p}/wristband")                                .allow(CLINICIAN, COORDINATOR),
            row(GET, "/patients/{p}/wristband.pdf")                                .allow(CLINICIAN, COORDINATOR),
            row(GET, "/api/product-settings")                         .allow(LAB, CLINICIAN, COORDINATOR, RESEARCHER, ADMIN),
            row(PUT, "/api/product-settings/BONE_MARROW_CONCENTRATE").body(ProductApiIT.TEST_SETTINGS).allow(ADMIN),
            row(GET, "/lab/patients/{p}/collect?planId={plan}")                    .allow(LAB, CLINICIAN),
            row(POST, "/lab/patients/{p}/collect").body("planId={plan}&location=Procedure room 2").allow(LAB, CLINICIAN),
            row(GET, "/lab/products/{product}")                                    .allow(LAB, CLINICIAN, COORDINATOR),
            row(POST, "/lab/products/{product}/custody").body(PROCESS_FORM)        .allow(LAB, CLINICIAN),
            row(GET, "/bedside/{product}")                                         .allow(CLINICIAN, COORDINATOR, LAB),
            row(POST, "/bedside/{product}").body(BEDSIDE_FORM).allow(CLINICIAN).with(Endpoint.Option.SERVED_ELSEWHERE)
                    .with(Endpoint.Option.FORBIDDEN_ROLES_MAY_READ));

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

    @TestFactory
    Stream<DynamicNode> everyEndpointServesWhomItMayAndRefusesTheRest() {
        return AuthorizationMatrix.tests(this, ENDPOINTS, e -> target());
    }

    /** A fresh ELIGIBLE patient of clinic A with an approved plan and a collected product. */
    Target target() {
        settings.save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE, new ClinicProductSettings.SettingsInput(
                java.time.Duration.ofHours(8), new java.math.BigDecimal("70"), 100_000_000L, null,
                java.time.Duration.ofHours(6), "Test values only, not clinical guidance"));
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        long plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), c);
        String product = custody.collect(actor(LAB), c.patient(),
                new CollectInput(plan, "Procedure room 2", null, null, null, null)).productId();
        return Target.of(c.patient()).value("plan", plan).patientRecord("product", product, "RP-NONEXISTENT1")
                .written(() -> written(c.patient().value()));
    }

    long written(long patient) {
        return jdbc.sql("""
                select (select count(*) from product_product where patient_id = :p)
                     + (select coalesce(sum(version), 0) from product_product where patient_id = :p)
                     + (select count(*) from product_custody_event e join product_product x on x.id = e.product_id
                        where x.patient_id = :p)
                     + (select count(*) from product_bedside_attempt where patient_id = :p)
                     + (select count(*) from product_settings where updated_by not like 'admin@%')""")
                .param("p", patient).query(Long.class).single();
    }
}
