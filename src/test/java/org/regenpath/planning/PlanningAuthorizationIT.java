package org.regenpath.planning;

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
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.support.AuthorizationMatrix;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.Endpoint;
import org.regenpath.support.Target;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every planning endpoint through the {@link AuthorizationMatrix}: anonymous callers, the roles each is closed to, a
 * patient and a clinician of another clinic are refused and audited, writing nothing; the roles it is open to are
 * served and audited as the plan or its consent.
 */
class PlanningAuthorizationIT extends WebIT {

    static final String CLASSIFY = """
            {"cellSource": "AUTOLOGOUS_BONE_MARROW", "productType": "BONE_MARROW_CONCENTRATE", "use": "HOMOLOGOUS",
             "manipulation": "MINIMAL"}""";

    static final String SIGNING = """
            {"patientTypedName": "%s", "patientAcknowledged": true, "clinicianEmail": "%s",
             "clinicianPassword": "%s", "documentSha256": "{sha}"}""".formatted(ClinicalFixtures.PATIENT_NAME,
            CLINICIAN, DEMO_PASSWORD);

    static final String CONSENT = "/api/patients/{p}/plans/{plan}/versions/1/consent";

    static final String CONSENT_PAGE = "/patients/{p}/plans/{plan}/versions/1/consent";

    static final String PLAN_FORM = "targetConditionId={condition}&sites[0].region=knee joint"
            + "&sites[0].laterality=LEFT&sites[0].volumeMl=4&cellSource=AUTOLOGOUS_BONE_MARROW"
            + "&productType=BONE_MARROW_CONCENTRATE&manipulation=MINIMAL&use=HOMOLOGOUS&sameSurgicalProcedure=true"
            + "&systemicOrLivingCellFunction=true&processingMethod=BMC per lab SOP LAB-004&imageGuidance=ULTRASOUND"
            + "&followUpTemplateId=default&plannedHarvestDate={day}&plannedProcedureDate={day}&costAmount=4800"
            + "&costCurrency=USD&version=0";

    static final String SIGNING_FORM = "patientTypedName=" + ClinicalFixtures.PATIENT_NAME
            + "&patientAcknowledged=true&clinicianEmail=" + CLINICIAN + "&clinicianPassword=" + DEMO_PASSWORD
            + "&documentSha256={sha}";

    static final String PATHWAY_FORM = "cellSource=AUTOLOGOUS_BONE_MARROW&productType=BONE_MARROW_CONCENTRATE"
            + "&use=HOMOLOGOUS&manipulation=MINIMAL";

    static final String[] STAFF = {CLINICIAN, COORDINATOR, LAB, RESEARCHER, ADMIN};

    /** The state in which the draft plan has a signed consent. */
    static final String CONSENTED = "consented";

    static final String PLAN = "TreatmentPlan";

    static final String SIGNED = "PlanConsent";

    /** {@code {p}}, {@code {plan}}: a patient and their draft plan; {@code {planJson}} a valid plan for it. */
    static final List<Endpoint> ENDPOINTS = List.of(
            row(GET, "/api/patients/{p}/plans")                              .allow(CLINICIAN, COORDINATOR, LAB).audits(PLAN),
            row(POST, "/api/patients/{p}/plans").body("{planJson}")         .allow(CLINICIAN, COORDINATOR).audits(PLAN),
            row(GET, "/api/patients/{p}/plans/{plan}")                       .allow(CLINICIAN, COORDINATOR, LAB).audits(PLAN),
            row(PUT, "/api/patients/{p}/plans/{plan}").body("{planJson}")   .allow(CLINICIAN, COORDINATOR).audits(PLAN),
            row(POST, "/api/patients/{p}/plans/{plan}/approval").body("{\"version\": 0}").given(CONSENTED)
                                                                              .allow(CLINICIAN).audits(PLAN),
            row(GET, CONSENT)                                                 .allow(CLINICIAN, COORDINATOR).audits(SIGNED),
            row(POST, CONSENT).body(SIGNING)                                  .allow(CLINICIAN).audits(SIGNED),
            row(POST, CONSENT + "/withdrawal").body("{\"reason\": \"Changed my mind\"}").given(CONSENTED)
                                                                              .allow(CLINICIAN, COORDINATOR).audits(SIGNED),
            row(GET, CONSENT_PAGE)                                            .allow(CLINICIAN, COORDINATOR).audits(SIGNED),
            row(GET, CONSENT_PAGE + "/print")                                 .allow(CLINICIAN, COORDINATOR).audits(SIGNED),
            row(POST, "/api/regulatory-classification").body(CLASSIFY)
                    .allow(CLINICIAN, COORDINATOR, LAB, RESEARCHER, ADMIN).with(Endpoint.Option.UNAUDITED),
            row(GET, "/patients/{p}/plans")                                   .allow(CLINICIAN, COORDINATOR).audits(PLAN),
            row(POST, "/patients/{p}/plans").body(PLAN_FORM)                 .allow(CLINICIAN, COORDINATOR).audits(PLAN),
            row(GET, "/patients/{p}/plans/{plan}")                            .allow(CLINICIAN, COORDINATOR, LAB).audits(PLAN),
            row(POST, "/patients/{p}/plans/{plan}").body(PLAN_FORM)          .allow(CLINICIAN, COORDINATOR).audits(PLAN),
            row(POST, "/patients/{p}/plans/{plan}/approval").body("version=0").given(CONSENTED)
                                                                              .allow(CLINICIAN).audits(PLAN),
            row(POST, CONSENT_PAGE).body(SIGNING_FORM)                        .allow(CLINICIAN).audits(SIGNED),
            row(POST, CONSENT_PAGE + "/withdrawal").body("reason=Changed my mind").given(CONSENTED)
                                                                              .allow(CLINICIAN, COORDINATOR).audits(SIGNED),
            // The editor's live fragments show only the answers sent; the patient in the path is not looked up.
            row(POST, "/patients/{anyPatient}/plans/classification").body(PATHWAY_FORM)
                                                                              .allow(STAFF).with(Endpoint.Option.UNAUDITED),
            row(POST, "/patients/{anyPatient}/plans/site-rows").body("sites[0].region=knee joint&addSite=1")
                                                                              .allow(STAFF).with(Endpoint.Option.UNAUDITED));

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

    @TestFactory
    Stream<DynamicNode> everyEndpointServesWhomItMayAndRefusesTheRest() {
        return AuthorizationMatrix.tests(this, ENDPOINTS, this::target);
    }

    /** A fresh ELIGIBLE patient of clinic A with one draft plan, whose consent the row may need signed. */
    Target target(Endpoint e) {
        ClinicId clinic = account(CLINICIAN).clinicId();
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening, clinic,
                uniqueMrn(), Outcome.ELIGIBLE);
        long plan = plans.create(Actor.system(clinic), c.patient(), ClinicalFixtures.marrowPlan(c)).id();
        if (CONSENTED.equals(e.given())) {
            ClinicalFixtures.signConsent(consents, actor(CLINICIAN), c.patient(), plan, 1);
        }
        // A plan that does not exist has no document to sign: any well-formed hash will do.
        String sha = e.body() != null && e.body().contains("{sha}")
                ? consents.view(actor(CLINICIAN), c.patient(), plan, 1).document().sha256() : "0".repeat(64);
        return Target.of(c.patient()).patientRecord("plan", plan, Target.NONE - 1).value("sha", sha)
                .value("condition", c.conditionId()).value("day", clinicToday().plusDays(7))
                .value("anyPatient", c.patient().value())
                .value("planJson", PlanningWebFixtures.marrowPlanJson(c.conditionId(), "BONE_MARROW_CONCENTRATE",
                        "MINIMAL", "\"version\": 0"))
                .written(() -> written(c.patient().value()));
    }

    long written(long patient) {
        return jdbc.sql("""
                select (select count(*) from planning_plan where patient_id = :p)
                     + (select coalesce(sum(version), 0) from planning_plan where patient_id = :p)
                     + (select count(*) from planning_consent where patient_id = :p)
                     + (select count(*) from planning_consent_withdrawal w
                        join planning_consent c on c.id = w.consent_id where c.patient_id = :p)""")
                .param("p", patient).query(Long.class).single();
    }
}
