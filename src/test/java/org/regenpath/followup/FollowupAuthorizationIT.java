package org.regenpath.followup;

import static org.regenpath.support.Endpoint.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.shared.PatientId;
import org.regenpath.support.AuthorizationMatrix;
import org.regenpath.support.Endpoint;
import org.regenpath.support.Target;

/**
 * Every follow-up endpoint, JSON and page, through the {@link AuthorizationMatrix}: anonymous callers, the roles
 * outside the care team, a patient and a user of another clinic are refused and audited, writing nothing; clinicians
 * and coordinators of the patient's clinic are served and audited.
 */
class FollowupAuthorizationIT extends TreatedPatientIT {

    static final String ANSWER = "{\"answers\": {\"{q}\": 3}";

    static final String REGENERATE = "{\"templateId\": \"default\", \"instrumentSetId\": \"knee-oa\", \"version\": {sv}}";

    static final String[] CARE_TEAM = {CLINICIAN, COORDINATOR};

    /**
     * {@code {p}}, {@code {s}}, {@code {sv}}, {@code {t}}, {@code {tv}} and {@code {q}}: a planned patient, their
     * schedule and its version, their baseline NRS task, its version and its question.
     */
    static final List<Endpoint> ENDPOINTS = List.of(
            row(GET, "/api/patients/{p}/follow-up")                                          .allow(CARE_TEAM),
            row(GET, "/api/patients/{p}/follow-up/trajectory")                               .allow(CARE_TEAM),
            row(POST, "/api/patients/{p}/follow-up/{s}/regeneration").body(REGENERATE)      .allow(CARE_TEAM),
            row(GET, "/api/patients/{p}/follow-up/tasks/{t}")                                .allow(CARE_TEAM),
            row(PUT, "/api/patients/{p}/follow-up/tasks/{t}/draft").body(ANSWER + ", \"version\": {tv}}")
                                                                                              .allow(CARE_TEAM),
            row(POST, "/api/patients/{p}/follow-up/tasks/{t}/response")
                    .body(ANSWER + ", \"answeredOn\": \"" + clinicToday() + "\"}")          .allow(CARE_TEAM),
            row(GET, "/api/follow-up/dashboard")                                             .allow(CARE_TEAM),
            row(GET, "/api/patients/{p}/problem-reports")                                    .allow(CARE_TEAM),
            row(POST, "/api/patients/{p}/problem-reports")
                    .body("{\"description\": \"Swollen knee\", \"severity\": \"MILD\"}")   .allow(CARE_TEAM),
            row(GET, "/patients/{p}/follow-up")                                              .allow(CARE_TEAM),
            row(POST, "/patients/{p}/follow-up/schedules/{s}/protocol")
                    .body("templateId=default&instrumentSetId=knee-oa&version={sv}")        .allow(CARE_TEAM),
            row(POST, "/patients/{p}/follow-up/schedules/{s}/baseline-gap")
                    .body("baselineReason=PATIENT_DECLINED")                                .allow(CARE_TEAM),
            row(GET, "/patients/{p}/follow-up/progress-report.pdf")                          .allow(CARE_TEAM),
            row(GET, "/patients/{p}/follow-up/tasks/{t}")                                    .allow(CARE_TEAM),
            row(POST, "/patients/{p}/follow-up/tasks/{t}").body("action=save&q_{q}=3&version={tv}")
                                                                                              .allow(CARE_TEAM),
            row(GET, "/follow-up")                                                           .allow(CARE_TEAM));

    @TestFactory
    Stream<DynamicNode> everyEndpointServesTheCareTeamAndRefusesTheRest() {
        return AuthorizationMatrix.tests(this, ENDPOINTS, e -> target());
    }

    /** A fresh planned patient of clinic A: the schedule and its open baseline NRS task. */
    Target target() {
        PatientId p = planned();
        ScheduleView s = schedule(p);
        TaskView t = task(p, "baseline", "nrs-11");
        return Target.of(p).patientRecord("s", s.id(), Target.NONE - 1).value("sv", s.version())
                .patientRecord("t", t.id(), Target.NONE - 2).value("tv", t.version())
                .value("q", InstrumentCatalog.load().instrument("nrs-11").questions().get(0).linkId())
                .written(() -> written(p));
    }

    long written(PatientId p) {
        return jdbc.sql("""
                select (select count(*) from followup_response where patient_id = :p)
                     + (select count(*) from followup_task where patient_id = :p)
                     + (select count(*) from followup_problem_report where patient_id = :p)
                     + (select count(*) from followup_baseline_gap where patient_id = :p)
                     + (select coalesce(sum(version), 0) from followup_task where patient_id = :p)
                     + (select coalesce(sum(version), 0) from followup_schedule where patient_id = :p)""")
                .param("p", p.value()).query(Long.class).single();
    }
}
