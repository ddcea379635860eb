package org.regenpath.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ClinicZones;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The clinic settings page and its JSON twin: the clinic admin sets the clinic's time zone (audited with old and new
 * value); an unknown or empty zone is refused naming the field; other roles are refused; an admin of another clinic
 * changes only their own clinic.
 */
class ClinicSettingsIT extends WebIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Autowired
    ClinicZones zones;

    private ClinicId clinicA() {
        return account(ADMIN).clinicId();
    }

    private ClinicId clinicB() {
        return account(OTHER_ADMIN).clinicId();
    }

    @AfterEach
    void restoreTheDemoZones() {
        jdbc.sql("update identity_clinic set time_zone = 'America/New_York' where id = :id")
                .param("id", clinicA().value()).update();
        jdbc.sql("update identity_clinic set time_zone = 'America/Los_Angeles' where id = :id")
                .param("id", clinicB().value()).update();
    }

    @Test
    void theDemoClinicsAreOnEachCoast() {
        assertThat(zones.zoneOf(clinicA())).isEqualTo(NEW_YORK);
        assertThat(zones.zoneOf(clinicB())).isEqualTo(LOS_ANGELES);
    }

    @Test
    void theAdminSeesTheZoneWithTheCommonUsZonesFirstAndChangesIt() throws Exception {
        String page = mvc.perform(get("/admin/clinic").with(as(ADMIN))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("America/New_York").contains("Clinic settings");
        assertThat(page.indexOf("America/Chicago")).isLessThan(page.indexOf("Africa/Abidjan"));

        long mark = lastAuditId();
        mvc.perform(post("/admin/clinic").with(as(ADMIN)).with(csrf()).param("timeZone", "America/Chicago"))
                .andExpect(redirectedUrl("/admin/clinic"));
        assertThat(zones.zoneOf(clinicA())).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(zones.zoneOf(clinicB())).isEqualTo(LOS_ANGELES);
        List<Map<String, Object>> rows = auditAfter(mark);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("outcome")).isEqualTo("SUCCESS");
            assertThat(r.get("action")).isEqualTo("UPDATE");
            assertThat(r.get("resource_type")).isEqualTo("ClinicSettings");
            assertThat(r.get("detail")).isEqualTo("timeZone America/New_York -> America/Chicago");
        });
    }

    @Test
    void anUnknownOrEmptyZoneIsRefusedNamingTheFieldAndNothingChanges() throws Exception {
        for (String bad : new String[] {"Mars/Olympus_Mons", "", "+05:00", "UTC", "America/new_york"}) {
            String page = mvc.perform(post("/admin/clinic").with(as(ADMIN)).with(csrf()).param("timeZone", bad))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(bad).contains("Nothing was saved").contains("has-error");
        }
        mvc.perform(put("/api/clinic/time-zone").with(as(ADMIN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"timeZone\": \"Mars/Olympus_Mons\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.timeZone").exists());
        assertThat(zones.zoneOf(clinicA())).isEqualTo(NEW_YORK);
    }

    @Test
    void otherRolesMayReadButNotChangeAndAreAudited() throws Exception {
        mvc.perform(get("/api/clinic/time-zone").with(as(CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeZone").value("America/New_York"));
        for (String who : new String[] {CLINICIAN, COORDINATOR, LAB, RESEARCHER}) {
            long mark = lastAuditId();
            mvc.perform(post("/admin/clinic").with(as(who)).with(csrf()).param("timeZone", "Europe/London"))
                    .andExpect(status().isForbidden());
            mvc.perform(put("/api/clinic/time-zone").with(as(who)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"timeZone\": \"Europe/London\"}"))
                    .andExpect(status().isForbidden());
            assertThat(auditAfter(mark)).filteredOn(r -> "DENIED".equals(r.get("outcome"))).hasSize(2);
        }
        assertThat(zones.zoneOf(clinicA())).isEqualTo(NEW_YORK);
    }

    @Test
    void anAdminOfAnotherClinicChangesOnlyTheirOwnClinic() throws Exception {
        mvc.perform(put("/api/clinic/time-zone").with(as(OTHER_ADMIN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"timeZone\": \"America/Denver\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeZone").value("America/Denver"))
                .andExpect(jsonPath("$.abbreviation").isNotEmpty());
        assertThat(zones.zoneOf(clinicB())).isEqualTo(ZoneId.of("America/Denver"));
        assertThat(zones.zoneOf(clinicA())).isEqualTo(NEW_YORK);
    }
}
