package org.regenpath.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.Actor;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/** The patient forms keep what was typed, show every problem inline and save nothing until all is right. */
class PatientPagesIT extends WebIT {

    @Autowired
    private PatientRegistry registry;

    private long count() {
        return jdbc.sql("select count(*) from patient").query(Long.class).single();
    }

    @Test
    void registrationWithBadFieldsShowsEachMessageAndSavesNothing() throws Exception {
        long before = count();
        String html = mvc.perform(post("/patients").with(as(COORDINATOR)).with(csrf())
                        .param("givenName", "Ann3")
                        .param("familyName", "")
                        .param("dateOfBirth", LocalDate.now().plusYears(1).toString())
                        .param("sexAtBirth", "F")
                        .param("email", "nope"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Nothing was saved")
                .contains("Use letters, spaces, hyphens and apostrophes")
                .contains("Enter the family name")
                .contains("Cannot be in the future")
                .contains("Enter a valid e-mail address")
                .contains("value=\"Ann3\"");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aMistypedDateIsAFieldMessageNotAnError() throws Exception {
        String html = mvc.perform(post("/patients").with(as(COORDINATOR)).with(csrf())
                        .param("givenName", "Ann").param("familyName", "Lee")
                        .param("dateOfBirth", "31/02/1970").param("sexAtBirth", "F"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Enter a date as YYYY-MM-DD");
    }

    @Test
    void aStaleEditIsRefusedWithAPlainMessageAndTheNewerDataKept() throws Exception {
        PatientView p = registry.register(Actor.system(account(CLINICIAN).clinicId()), new PatientDetails(
                uniqueMrn(), "Vera", "Stale", LocalDate.of(1966, 6, 6), SexAtBirth.F, null, null, null));
        mvc.perform(post("/patients/" + p.id().value()).with(as(CLINICIAN)).with(csrf())
                        .param("mrn", p.mrn()).param("givenName", "Vera").param("familyName", "Fresh")
                        .param("dateOfBirth", "1966-06-06").param("sexAtBirth", "F").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        String html = mvc.perform(post("/patients/" + p.id().value()).with(as(COORDINATOR)).with(csrf())
                        .param("mrn", p.mrn()).param("givenName", "Vera").param("familyName", "Overwrite")
                        .param("dateOfBirth", "1966-06-06").param("sexAtBirth", "F").param("version", "0"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Someone else changed this patient meanwhile");
        assertThat(jdbc.sql("select family_name from patient where id = :id").param("id", p.id().value())
                .query(String.class).single()).isEqualTo("Fresh");
    }

    @Test
    void theChartHistoryShowsWhoReadTheRecord() throws Exception {
        PatientView p = registry.register(Actor.system(account(CLINICIAN).clinicId()), new PatientDetails(
                uniqueMrn(), "Hera", "Story", LocalDate.of(1971, 1, 1), SexAtBirth.F, null, null, null));
        mvc.perform(get("/patients/" + p.id().value()).with(as(COORDINATOR))).andExpect(status().isOk());
        String html = mvc.perform(get("/patients/" + p.id().value() + "/history").with(as(CLINICIAN)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains(COORDINATOR).contains(">Read<").contains(">Create<").doesNotContain(">READ<");
    }
}
