package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The reporting deadlines as JSON: an event that is serious, unexpected and possibly related under an IND lists its
 * 15-day clock with the clinic's dates; a clinician marks the report sent and it leaves the list; an unknown report
 * kind or a sending date in the future is refused naming the field, with nothing marked. Who may use it:
 * {@code ReportingClockAuthorizationIT} and {@code EventReportAuthorizationIT}.
 */
class ReportingClockApiIT extends TreatedPatients {

    @Autowired
    AdverseEvents events;

    ResultActions submit(long event, String kind, String json) throws Exception {
        return mvc.perform(post("/api/safety/events/" + event + "/clocks/" + kind + "/submission")
                .with(as(CLINICIAN)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void anOpenClockIsListedWithItsDeadlineAndLeavesTheListOnceSent() throws Exception {
        Treated t = treatedUnderInd();
        AdverseEvent e = events.record(actor(CLINICIAN), t.patient(),
                EventClocksIT.event(t, Set.of(SeriousnessCriterion.HOSPITALISATION), false, Relatedness.POSSIBLE));
        String path = "$.clocks[?(@.eventId == " + e.id() + ")]";
        String listed = mvc.perform(get("/api/safety/clocks").with(as(COORDINATOR))).andExpect(status().isOk())
                .andExpect(jsonPath("$.today").value(clinicToday().toString()))
                .andReturn().getResponse().getContentAsString();
        List<String> deadlines = JsonPath.read(listed, path + ".deadline");
        assertThat(deadlines).containsExactly(clinicToday().plusDays(15).toString());
        List<String> standings = JsonPath.read(listed, path + ".standing");
        assertThat(standings).containsExactly("OPEN");
        List<Integer> daysLeft = JsonPath.read(listed, path + ".daysLeft");
        assertThat(daysLeft).containsExactly(15);

        submit(e.id(), "IND_SAFETY_REPORT", "{\"sentOn\": \"" + clinicToday() + "\", \"reference\": \"MW-API-1\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("IND_SAFETY_REPORT"))
                .andExpect(jsonPath("$.submittedOn").value(clinicToday().toString()))
                .andExpect(jsonPath("$.reference").value("MW-API-1"))
                .andExpect(jsonPath("$.late").value(false));
        String after = mvc.perform(get("/api/safety/clocks").with(as(CLINICIAN)))
                .andReturn().getResponse().getContentAsString();
        List<Object> left = JsonPath.read(after, path);
        assertThat(left).isEmpty();
    }

    @Test
    void anUnknownKindOrAFutureSendingDateIsRefusedNamingTheFieldAndNothingIsMarked() throws Exception {
        Treated t = treatedUnderInd();
        AdverseEvent e = events.record(actor(CLINICIAN), t.patient(),
                EventClocksIT.event(t, Set.of(SeriousnessCriterion.HOSPITALISATION), false, Relatedness.POSSIBLE));
        submit(e.id(), "MEDWATCH", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.kind").exists());
        submit(e.id(), "IND_SAFETY_REPORT", "{\"sentOn\": \"" + clinicToday().plusDays(2) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.sentOn").exists());
        assertThat(jdbc.sql("select count(*) from safety_reporting_clock where event_id = :e"
                + " and submitted_at is not null").param("e", e.id()).query(Long.class).single()).isZero();
    }

    @Test
    void theOpenApiDocumentDescribesTheDeadlines() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/safety/clocks'].get").exists())
                .andExpect(jsonPath("$.paths['/api/safety/events/{eventId}/clocks/{kind}/submission'].post").exists());
    }
}
