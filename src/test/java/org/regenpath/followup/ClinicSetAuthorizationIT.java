package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.shared.PatientId;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every instrument set endpoint, JSON and page, against anonymous callers, a patient, each staff role that may only
 * read or not even that, and the admin of another clinic: each refusal answers as it should, leaves a DENIED audit
 * row and writes nothing. The clinic's admin is served, and so are readers where they may read; all audited.
 */
class ClinicSetAuthorizationIT extends TestClinicIT {

    /** An endpoint; {@code {set}} and {@code {v}} stand for the target set and its version. */
    record Endpoint(HttpMethod method, String url, String json, Map<String, String> form, boolean read) {

        boolean api() {
            return url.startsWith("/api/");
        }

        boolean ofOneSet() {
            return url.contains("{set}");
        }

        @Override
        public String toString() {
            return method + " " + url;
        }
    }

    static final String SET_JSON = """
            {"label": "Short knee set", "templateId": "default",
             "instruments": {"nrs-11": ["baseline", "1m", "3m", "6m", "12m", "24m"]}, "conditions": [],
             "source": "Authorization test", "version": {v}}""";

    static final Map<String, String> SET_FORM = Map.of("label", "Short knee set", "templateId", "default",
            "at_nrs-11", "baseline|1m|3m|6m|12m|24m", "source", "Authorization test", "version", "{v}",
            "action", "save");

    static final Endpoint[] ENDPOINTS = {
        new Endpoint(HttpMethod.GET, "/api/follow-up/instrument-sets", null, null, true),
        new Endpoint(HttpMethod.POST, "/api/follow-up/instrument-sets", SET_JSON, null, false),
        new Endpoint(HttpMethod.PUT, "/api/follow-up/instrument-sets/{set}", SET_JSON, null, false),
        new Endpoint(HttpMethod.POST, "/api/follow-up/instrument-sets/{set}/retirement", "{\"version\": {v}}", null,
                false),
        new Endpoint(HttpMethod.GET, "/follow-up/instrument-sets", null, null, true),
        new Endpoint(HttpMethod.GET, "/follow-up/instrument-sets/new", null, null, false),
        new Endpoint(HttpMethod.POST, "/follow-up/instrument-sets", null, SET_FORM, false),
        new Endpoint(HttpMethod.GET, "/follow-up/instrument-sets/{set}/edit", null, null, false),
        new Endpoint(HttpMethod.POST, "/follow-up/instrument-sets/{set}", null, SET_FORM, false),
        new Endpoint(HttpMethod.POST, "/follow-up/instrument-sets/{set}/retire", null, Map.of("version", "{v}"),
                false)};

    /** A set of the test clinic, mapped to no condition. */
    ClinicSetVersion target() {
        return sets.create(actor(clinic.admin()), new ClinicSetInput("Short knee set", "default",
                Map.of("nrs-11", java.util.List.of("baseline", "1m", "3m", "6m", "12m", "24m")), null,
                java.util.List.of(), "Authorization test target"));
    }

    Supplier<ClinicSetVersion> shared() {
        ClinicSetVersion[] made = new ClinicSetVersion[1];
        return () -> made[0] == null ? made[0] = target() : made[0];
    }

    static String fill(String text, ClinicSetVersion t) {
        return text.replace("{set}", String.valueOf(t.setId())).replace("{v}", String.valueOf(t.version()));
    }

    MockHttpServletRequestBuilder build(Endpoint e, ClinicSetVersion t) {
        MockHttpServletRequestBuilder b = request(e.method(), fill(e.url(), t)).with(csrf());
        if (e.json() != null) {
            b.contentType(MediaType.APPLICATION_JSON).content(fill(e.json(), t));
        }
        if (e.form() != null) {
            e.form().forEach((k, v) -> b.param(k, fill(v, t).split("\\|")));
        }
        return b;
    }

    long written() {
        return jdbc.sql("select (select count(*) from followup_clinic_set) + (select count(*) from "
                + "followup_clinic_set_version) + (select count(*) from followup_clinic_set_claim)")
                .query(Long.class).single();
    }

    void refused(Endpoint e, MockHttpServletRequestBuilder request, int status) throws Exception {
        assertRefusedAndAudited(e.toString(), request, status, null, this::written);
    }

    @TestFactory
    Stream<DynamicTest> anonymousCallersMustSignIn() {
        Supplier<ClinicSetVersion> target = shared();
        return Stream.of(ENDPOINTS).map(e -> DynamicTest.dynamicTest(e.toString(),
                () -> refused(e, build(e, target.get()), e.api() ? 401 : 302)));
    }

    @TestFactory
    Stream<DynamicTest> patientsAreForbidden() {
        Supplier<ClinicSetVersion> target = shared();
        PatientId[] patient = new PatientId[1];
        return Stream.of(ENDPOINTS).map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            if (patient[0] == null) {
                patient[0] = portalPatient();
            }
            refused(e, build(e, target.get()).with(asPatient(patient[0])), 403);
        }));
    }

    @TestFactory
    Stream<DynamicTest> staffWhoAreNotAdminsMayOnlyRead() {
        Supplier<ClinicSetVersion> target = shared();
        return Stream.of(clinic.clinician(), clinic.coordinator(), clinic.lab(), clinic.researcher())
                .flatMap(user -> Stream.of(ENDPOINTS).map(e -> DynamicTest.dynamicTest(user + " " + e, () -> {
                    if (e.read()) {
                        served(e, target.get(), user);
                    } else {
                        refused(e, build(e, target.get()).with(as(user)), 403);
                    }
                })));
    }

    @TestFactory
    Stream<DynamicTest> anotherClinicsAdminFindsNoSuchSet() {
        Supplier<ClinicSetVersion> target = shared();
        return Stream.of(ENDPOINTS).filter(Endpoint::ofOneSet).map(e -> DynamicTest.dynamicTest(e.toString(),
                () -> refused(e, build(e, target.get()).with(as(OTHER_ADMIN)), 404)));
    }

    /** The set id no clinic has. */
    static final long NO_SET = Integer.MAX_VALUE - 1L;

    /** The same version under a set id that does not exist. */
    static ClinicSetVersion none(ClinicSetVersion t) {
        return new ClinicSetVersion(NO_SET, t.versionId(), t.version(), t.label(), t.templateId(), t.instruments(),
                t.conditions(), t.source(), t.retired(), t.createdBy(), t.createdAt());
    }

    @TestFactory
    Stream<DynamicTest> anotherClinicsSetAnswersAsNoSet() {
        Supplier<ClinicSetVersion> target = shared();
        return Stream.of(ENDPOINTS).filter(Endpoint::ofOneSet).map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            ClinicSetVersion t = target.get();
            assertAnswersAsNoRecord(e.toString(), build(e, t).with(as(OTHER_ADMIN)),
                    build(e, none(t)).with(as(OTHER_ADMIN)), Map.of(String.valueOf(t.setId()), String.valueOf(NO_SET)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> aRoleThatMayNotChangeSetsIsAnsweredAlikeForASetAndNone() {
        Supplier<ClinicSetVersion> target = shared();
        return Stream.of(clinic.clinician(), clinic.coordinator(), clinic.lab(), clinic.researcher())
                .flatMap(user -> Stream.of(ENDPOINTS).filter(Endpoint::ofOneSet)
                        .map(e -> DynamicTest.dynamicTest(user + " " + e, () -> {
                            ClinicSetVersion t = target.get();
                            assertAnswersAsNoRecord(user + " " + e, build(e, t).with(as(user)),
                                    build(e, none(t)).with(as(user)),
                                    Map.of(String.valueOf(t.setId()), String.valueOf(NO_SET)));
                        })));
    }

    @TestFactory
    Stream<DynamicTest> theClinicsAdminIsServedAndAudited() {
        return Stream.of(ENDPOINTS).map(e -> DynamicTest.dynamicTest(e.toString(),
                () -> served(e, target(), clinic.admin())));
    }

    void served(Endpoint e, ClinicSetVersion t, String user) throws Exception {
        long audit = lastAuditId();
        MockHttpServletResponse response = mvc.perform(build(e, t).with(as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(user + " " + e).isBetween(200, 399);
        assertThat(response.getHeader("Location")).as(e.toString()).satisfiesAnyOf(
                l -> assertThat(l).isNull(), l -> assertThat(l).doesNotContain("error", "login"));
        assertThat(auditAfter(audit)).as(e.toString()).anySatisfy(r -> {
            assertThat(r.get("outcome")).isEqualTo("SUCCESS");
            assertThat(r.get("resource_type")).isEqualTo(ClinicInstrumentSets.RESOURCE);
        });
    }
}
