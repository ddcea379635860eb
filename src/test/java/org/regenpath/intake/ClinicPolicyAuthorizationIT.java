package org.regenpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regenpath.support.WebIT;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The clinic screening policy endpoints: anonymous callers, roles outside the care team and the care team's writes
 * are refused and audited with nothing written; a clinic admin records a version for their own clinic only, and
 * bad values are refused naming the field. Policy values equal the defaults, so other tests' screenings stay as
 * they are even while a row exists; the rows are removed afterwards.
 */
class ClinicPolicyAuthorizationIT extends WebIT {

    static final String URL = "/api/clinic/screening-policy";
    final String version = "auth-" + uniqueMrn();

    String body(String v) {
        return """
                {"version": "%s", "minConservativeCareWeeks": 6, "steroidWashoutWeeks": 12, "maxHba1cPercent": 8.5,
                 "maxBmi": 40}""".formatted(v);
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

    @Test
    void anonymousCallersMustSignIn() throws Exception {
        assertRefusedAndAudited("anonymous read", get(URL), 401, null, this::written);
        assertRefusedAndAudited("anonymous write", write(body(version)), 401, null, this::written);
    }

    @Test
    void rolesOutsideTheCareTeamMayNotReadAndOnlyTheClinicAdminMayWrite() throws Exception {
        for (String user : new String[] {LAB, RESEARCHER}) {
            assertRefusedAndAudited(user + " read", get(URL).with(as(user)), 403, null, this::written);
        }
        for (String user : new String[] {LAB, RESEARCHER, CLINICIAN, COORDINATOR}) {
            assertRefusedAndAudited(user + " write", write(body(version)).with(as(user)), 403, null, this::written);
        }
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
