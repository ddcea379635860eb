package org.regenpath.intake;

import static org.regenpath.support.Endpoint.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.support.AuthorizationMatrix;
import org.regenpath.support.Endpoint;
import org.regenpath.support.Target;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every intake endpoint, API and page, through the {@link AuthorizationMatrix}: anonymous callers, the roles intake
 * is closed to (and a coordinator deciding), a patient and a clinician of another clinic are refused and audited,
 * writing nothing; the care team is served and audited.
 */
class IntakeAuthorizationIT extends WebIT {

    static final String KNEE = """
            {"conditionId": "knee-oa", "icd10Code": "M17.11", "bodySite": "KNEE", "laterality": "RIGHT",
             "onsetDate": "2024-01-15", "baselineNrs": 6, "treatments": [], "version": 0}""";

    static final String KNEE_FORM = "conditionId=knee-oa&icd10Code=M17.11&bodySite=KNEE&laterality=RIGHT"
            + "&onsetDate=2024-01-15&baselineNrs=6&version=0";

    static final String DECISION = "{\"outcome\": \"NOT_ELIGIBLE\", \"reason\": \"Authorisation test\"}";

    static final String DECISION_FORM = "outcome=NOT_ELIGIBLE&reason=Authorisation test";

    static final String HEALTH_SCREEN = "{\"answers\": {\"ACTIVE_INFECTION\": \"NO\"}, \"version\": 0}";

    static final String[] CARE_TEAM = {CLINICIAN, COORDINATOR};

    /** {@code {p}} and {@code {c}}: the patient and one of their conditions. */
    static final List<Endpoint> ENDPOINTS = List.of(
            row(GET, "/api/conditions")                                                    .allow(CARE_TEAM)
                    .with(Endpoint.Option.UNAUDITED),
            row(GET, "/api/patients/{p}/pain-profile")                                     .allow(CARE_TEAM),
            row(GET, "/api/patients/{p}/pain-profile/conditions/{c}")                      .allow(CARE_TEAM),
            row(POST, "/api/patients/{p}/pain-profile/conditions").body(KNEE)             .allow(CARE_TEAM),
            row(PUT, "/api/patients/{p}/pain-profile/conditions/{c}").body(KNEE)          .allow(CARE_TEAM),
            row(POST, "/api/patients/{p}/pain-profile/conditions/{c}/entered-in-error").body("{\"version\": 0}")
                                                                                            .allow(CARE_TEAM),
            row(GET, "/api/patients/{p}/pain-profile/health-screen")                       .allow(CARE_TEAM),
            row(PUT, "/api/patients/{p}/pain-profile/health-screen").body(HEALTH_SCREEN)  .allow(CARE_TEAM),
            row(GET, "/api/patients/{p}/screening")                                        .allow(CARE_TEAM),
            row(GET, "/api/patients/{p}/screening/decisions")                              .allow(CARE_TEAM),
            row(POST, "/api/patients/{p}/screening/decisions").body(DECISION)             .allow(CLINICIAN),
            row(GET, "/patients/{p}/pain-profile")                                         .allow(CARE_TEAM),
            row(GET, "/patients/{p}/pain-profile/conditions/new")                          .allow(CARE_TEAM),
            row(POST, "/patients/{p}/pain-profile/conditions").body(KNEE_FORM)            .allow(CARE_TEAM),
            row(GET, "/patients/{p}/pain-profile/conditions/{c}/edit")                     .allow(CARE_TEAM),
            row(POST, "/patients/{p}/pain-profile/conditions/{c}").body(KNEE_FORM)        .allow(CARE_TEAM),
            row(POST, "/patients/{p}/pain-profile/conditions/{c}/entered-in-error").body("version=0")
                                                                                            .allow(CARE_TEAM),
            row(GET, "/patients/{p}/pain-profile/health-screen")                           .allow(CARE_TEAM),
            row(POST, "/patients/{p}/pain-profile/health-screen").body("answers[ACTIVE_INFECTION]=NO&version=0")
                                                                                            .allow(CARE_TEAM),
            row(GET, "/patients/{p}/screening")                                            .allow(CARE_TEAM),
            row(POST, "/patients/{p}/screening/decisions").body(DECISION_FORM)            .allow(CLINICIAN));

    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    @TestFactory
    Stream<DynamicNode> everyEndpointServesTheCareTeamAndRefusesTheRest() {
        return AuthorizationMatrix.tests(this, ENDPOINTS, e -> target());
    }

    /** A fresh patient of clinic A with one condition. */
    Target target() {
        ClinicId clinic = account(CLINICIAN).clinicId();
        PatientId patient = IntakeFixtures.patient(registry, clinic, uniqueMrn());
        PainCondition knee = profiles.addCondition(Actor.system(clinic), patient,
                IntakeFixtures.rightKnee(LocalDate.now()));
        return Target.of(patient).patientRecord("c", knee.id(), Target.NONE - 1).written(() -> written(patient));
    }

    long written(PatientId patient) {
        return jdbc.sql("""
                select (select count(*) from intake_pain_condition where patient_id = :p)
                     + (select coalesce(sum(version), 0) from intake_pain_condition where patient_id = :p)
                     + (select count(*) from intake_health_screen where patient_id = :p)
                     + (select count(*) from intake_candidacy_decision where patient_id = :p)""")
                .param("p", patient.value()).query(Long.class).single();
    }
}
