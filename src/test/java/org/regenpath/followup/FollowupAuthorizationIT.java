package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.shared.PatientId;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every follow-up endpoint, JSON and page, against anonymous callers, the roles outside the care team and a user of
 * another clinic: each refusal leaves a DENIED audit row (naming the patient where there is one) and writes nothing.
 * Clinicians and coordinators of the patient's clinic are served and audited.
 */
class FollowupAuthorizationIT extends TreatedPatientIT {

    /** An endpoint; {@code {p}}, {@code {s}}, {@code {sv}}, {@code {t}}, {@code {tv}} and {@code {q}} stand for the
     * target's patient, schedule, schedule version, baseline NRS task, its version and its question. */
    record Endpoint(HttpMethod method, String url, String json, Map<String, String> form) {

        boolean api() {
            return url.startsWith("/api/");
        }

        boolean patientData() {
            return url.contains("{p}");
        }

        @Override
        public String toString() {
            return method + " " + url;
        }
    }

    static final String ANSWER = "{\"answers\": {\"{q}\": 3}";

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(HttpMethod.GET, "/api/patients/{p}/follow-up", null, null),
            new Endpoint(HttpMethod.GET, "/api/patients/{p}/follow-up/trajectory", null, null),
            new Endpoint(HttpMethod.POST, "/api/patients/{p}/follow-up/{s}/regeneration",
                    "{\"templateId\": \"default\", \"instrumentSetId\": \"knee-oa\", \"version\": {sv}}", null),
            new Endpoint(HttpMethod.GET, "/api/patients/{p}/follow-up/tasks/{t}", null, null),
            new Endpoint(HttpMethod.PUT, "/api/patients/{p}/follow-up/tasks/{t}/draft", ANSWER + ", \"version\": {tv}}",
                    null),
            new Endpoint(HttpMethod.POST, "/api/patients/{p}/follow-up/tasks/{t}/response", ANSWER
                    + ", \"answeredOn\": \"" + clinicToday() + "\"}", null),
            new Endpoint(HttpMethod.GET, "/api/follow-up/dashboard", null, null),
            new Endpoint(HttpMethod.GET, "/api/patients/{p}/problem-reports", null, null),
            new Endpoint(HttpMethod.POST, "/api/patients/{p}/problem-reports",
                    "{\"description\": \"Swollen knee\", \"severity\": \"MILD\"}", null),
            new Endpoint(HttpMethod.GET, "/patients/{p}/follow-up", null, null),
            new Endpoint(HttpMethod.POST, "/patients/{p}/follow-up/schedules/{s}/protocol", null,
                    Map.of("templateId", "default", "instrumentSetId", "knee-oa", "version", "{sv}")),
            new Endpoint(HttpMethod.POST, "/patients/{p}/follow-up/schedules/{s}/baseline-gap", null,
                    Map.of("baselineReason", "PATIENT_DECLINED")),
            new Endpoint(HttpMethod.GET, "/patients/{p}/follow-up/progress-report.pdf", null, null),
            new Endpoint(HttpMethod.GET, "/patients/{p}/follow-up/tasks/{t}", null, null),
            new Endpoint(HttpMethod.POST, "/patients/{p}/follow-up/tasks/{t}", null,
                    Map.of("action", "save", "q_{q}", "3", "version", "{tv}")),
            new Endpoint(HttpMethod.GET, "/follow-up", null, null));

    /** A fresh planned patient of clinic A: the schedule and its open baseline NRS task, by their ids. */
    record Target(PatientId patient, long schedule, int scheduleVersion, long task, int taskVersion,
            String question) {

        String fill(String text) {
            return text.replace("{p}", String.valueOf(patient.value())).replace("{sv}", String.valueOf(scheduleVersion))
                    .replace("{s}", String.valueOf(schedule)).replace("{tv}", String.valueOf(taskVersion))
                    .replace("{t}", String.valueOf(task)).replace("{q}", question);
        }

        /** The same request for records that do not exist: no such patient, schedule or task. */
        Target none() {
            return new Target(PatientId.of(Integer.MAX_VALUE), Integer.MAX_VALUE - 1L, scheduleVersion,
                    Integer.MAX_VALUE - 2L, taskVersion, question);
        }

        /** Each id asked for, to its counterpart in {@link #none()}. */
        Map<String, String> asked() {
            Target n = none();
            return Map.of(String.valueOf(patient.value()), String.valueOf(n.patient.value()),
                    String.valueOf(schedule), String.valueOf(n.schedule), String.valueOf(task), String.valueOf(n.task));
        }
    }

    Target target() {
        PatientId p = planned();
        ScheduleView s = schedule(p);
        TaskView t = task(p, "baseline", "nrs-11");
        return new Target(p, s.id(), s.version(), t.id(), t.version(),
                InstrumentCatalog.load().instrument("nrs-11").questions().get(0).linkId());
    }

    /** One target shared by refusals, which by assertion write nothing. */
    Supplier<Target> shared() {
        Target[] made = new Target[1];
        return () -> made[0] == null ? made[0] = target() : made[0];
    }

    MockHttpServletRequestBuilder build(Endpoint e, Target t) {
        MockHttpServletRequestBuilder b = request(e.method(), t.fill(e.url())).with(csrf());
        if (e.json() != null) {
            b.contentType(MediaType.APPLICATION_JSON).content(t.fill(e.json()));
        }
        if (e.form() != null) {
            e.form().forEach((k, v) -> b.param(t.fill(k), t.fill(v)));
        }
        return b;
    }

    long written(Target t) {
        return jdbc.sql("""
                select (select count(*) from followup_response where patient_id = :p)
                     + (select count(*) from followup_task where patient_id = :p)
                     + (select count(*) from followup_problem_report where patient_id = :p)
                     + (select count(*) from followup_baseline_gap where patient_id = :p)
                     + (select coalesce(sum(version), 0) from followup_task where patient_id = :p)
                     + (select coalesce(sum(version), 0) from followup_schedule where patient_id = :p)""")
                .param("p", t.patient().value()).query(Long.class).single();
    }

    void refused(Endpoint e, MockHttpServletRequestBuilder request, int status, boolean withPatient, Target t)
            throws Exception {
        assertRefusedAndAudited(e.toString(), request, status, withPatient ? t.patient().value() : null,
                () -> written(t));
    }

    @TestFactory
    Stream<DynamicTest> anonymousCallersMustSignIn() {
        Supplier<Target> target = shared();
        return ENDPOINTS.stream().map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            Target t = target.get();
            refused(e, build(e, t), e.api() ? 401 : 302, false, t);
        }));
    }

    @TestFactory
    Stream<DynamicTest> rolesOutsideTheCareTeamAreForbidden() {
        Supplier<Target> target = shared();
        return Stream.of(LAB, RESEARCHER, ADMIN).flatMap(user -> ENDPOINTS.stream().map(e -> DynamicTest.dynamicTest(
                user + " " + e, () -> {
                    Target t = target.get();
                    refused(e, build(e, t).with(as(user)), 403, e.patientData(), t);
                })));
    }

    @TestFactory
    Stream<DynamicTest> anotherClinicsClinicianFindsNoSuchPatient() {
        Supplier<Target> target = shared();
        return ENDPOINTS.stream().filter(Endpoint::patientData).map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            Target t = target.get();
            refused(e, build(e, t).with(as(OTHER_CLINICIAN)), 404, true, t);
        }));
    }

    @TestFactory
    Stream<DynamicTest> anotherClinicsRecordAnswersAsNoRecord() {
        Supplier<Target> target = shared();
        return ENDPOINTS.stream().filter(Endpoint::patientData).map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            Target t = target.get();
            assertAnswersAsNoRecord(e.toString(), build(e, t).with(as(OTHER_CLINICIAN)),
                    build(e, t.none()).with(as(OTHER_CLINICIAN)), t.asked());
        }));
    }

    @TestFactory
    Stream<DynamicTest> aWrongRoleIsAnsweredAlikeForARecordAndNone() {
        Supplier<Target> target = shared();
        return Stream.of(LAB, RESEARCHER, ADMIN).flatMap(user -> ENDPOINTS.stream().filter(Endpoint::patientData)
                .map(e -> DynamicTest.dynamicTest(user + " " + e, () -> {
                    Target t = target.get();
                    assertAnswersAsNoRecord(user + " " + e, build(e, t).with(as(user)),
                            build(e, t.none()).with(as(user)), t.asked());
                })));
    }

    @TestFactory
    Stream<DynamicTest> theCareTeamIsServedAndAudited() {
        return Stream.of(CLINICIAN, COORDINATOR).flatMap(user -> ENDPOINTS.stream().map(e -> DynamicTest.dynamicTest(
                user + " " + e, () -> {
                    Target t = target();
                    long audit = lastAuditId();
                    MockHttpServletResponse response = mvc.perform(build(e, t).with(as(user))).andReturn()
                            .getResponse();
                    assertThat(response.getStatus()).as(user + " " + e).isBetween(200, 399);
                    assertThat(auditAfter(audit)).as(e.toString()).anySatisfy(r -> {
                        assertThat(r.get("outcome")).isEqualTo("SUCCESS");
                        if (e.patientData()) {
                            assertThat(((Number) r.get("patient_id")).longValue()).isEqualTo(t.patient().value());
                        }
                    });
                })));
    }
}
