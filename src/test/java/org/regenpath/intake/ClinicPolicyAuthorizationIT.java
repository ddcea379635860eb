package org.regenpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regenpath.support.Endpoint.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.support.AuthorizationMatrix;
import org.regenpath.support.Endpoint;
import org.regenpath.support.Target;
import org.regenpath.support.WebIT;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The clinic screening policy endpoints, through the {@link AuthorizationMatrix}: anonymous callers, a patient,
 * roles outside the care team and the care team's writes are refused and audited with nothing written; a clinic admin records a version for their own clinic only, and
 * bad values are refused naming the field. Policy values equal the defaults, so other tests' screenings stay as
 * they are even while a row exists; the rows are removed afterwards.
 */
class ClinicPolicyAuthorizationIT extends WebIT {

    static final String URL = "/api/clinic/screening-policy";
    final String version = "auth-" + uniqueMrn();

    static final String BODY = """
            {"version": "{version}", "minConservativeCareWeeks": 6, "steroidWashoutWeeks": 12, "maxHba1cPercent": 8.5,
             "maxBmi": 40}""";

    String body(String v) {
        return BODY.replace("{version}", v);
    }

    MockHttpServletRequestBuilder write(String json) {
        return post(URL).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    long written() {
        return jdbc.sql("select count(*) from intake_clinic_policy").query(Long.class).single();
    }

    @AfterEach
    void removePolicies() {
        jdbc.sql("delete from intake_clinic_policy where version like 'auth-%'").update();
    }

    /** {@code {version}}: a version label no clinic has used. */
    static final List<Endpoint> ENDPOINTS = List.of(
            row(GET, URL)                          .allow(CLINICIAN, COORDINATOR, ADMIN),
            row(POST, URL).body(BODY)              .allow(ADMIN));

    @TestFactory
    Stream<DynamicNode> theCareTeamReadsAndOnlyTheClinicAdminWrites() {
        return AuthorizationMatrix.tests(this, ENDPOINTS, e -> Target.ofNoPatient()
                .value("version", "auth-" + uniqueMrn()).written(this::written));
    }

    @Test
    void theCareTeamAndTheAdminReadTheDefaultPolicy() throws Exception {
        for (String user : new String[] {CLINICIAN, COORDINATOR, ADMIN}) {
            mvc.perform(get(URL).with(as(user))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value("default-2026.12"))
                    .andExpect(jsonPath("$.label").value(ClinicPolicy.LABEL));
        }
    }

    @Test
    void anAdminRecordsAVersionForTheirOwnClinicOnly() throws Exception {
        long audit = lastAuditId();
        mvc.perform(write(body(version)).with(as(ADMIN))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(version));
        mvc.perform(get(URL).with(as(CLINICIAN))).andExpect(jsonPath("$.version").value(version));
        mvc.perform(get(URL).with(as(OTHER_CLINICIAN))).andExpect(jsonPath("$.version").value("default-2026.12"));

        String other = "auth-other-" + uniqueMrn();
        mvc.perform(write(body(other)).with(as(OTHER_ADMIN))).andExpect(status().isCreated());
        mvc.perform(get(URL).with(as(CLINICIAN))).andExpect(jsonPath("$.version").value(version));
        assertThat(jdbc.sql("select count(*) from intake_clinic_policy where version = :v and clinic_id = :c")
                .param("v", other).param("c", account(ADMIN).clinicId().value()).query(Long.class).single())
                .isZero();
        assertThat(auditAfter(audit).stream().filter(r -> "ClinicScreeningPolicy".equals(r.get("resource_type"))
                && "SUCCESS".equals(r.get("outcome")) && "CREATE".equals(r.get("action")))).isNotEmpty();
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndADuplicateVersionIsAConflict() throws Exception {
        long before = written();
        mvc.perform(write("{\"version\": \"\", \"minConservativeCareWeeks\": 200, \"maxHba1cPercent\": 30}")
                        .with(as(ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.version").exists())
                .andExpect(jsonPath("$.errors.minConservativeCareWeeks").value("Enter 0 to 104 weeks"))
                .andExpect(jsonPath("$.errors.steroidWashoutWeeks").exists())
                .andExpect(jsonPath("$.errors.maxHba1cPercent").value("Enter 5 to 15 %"))
                .andExpect(jsonPath("$.errors.maxBmi").exists());
        assertThat(written()).isEqualTo(before);
        mvc.perform(write(body(version)).with(as(ADMIN))).andExpect(status().isCreated());
        mvc.perform(write(body(version)).with(as(ADMIN))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors.version").exists());
        assertThat(written()).isEqualTo(before + 1);
    }
}
