package org.regenpath.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regenpath.support.WebIT;

/**
 * The clinic admin's page of failing background steps: lists only their own clinic's failing deliveries, in words
 * with the last error and no stack trace; retries one (audited); other roles are refused, and another clinic's
 * delivery answers like a missing one.
 */
class EventPagesIT extends WebIT {

    /** An event type only this test writes; deserialisable, as every row the registry reads must be. */
    record ProbeHappened(long procedureId, long clinicId, String probe) {}

    private final String listener = "org.regenpath.followup.Probe" + UUID.randomUUID().toString().substring(0, 8)
            + ".on(org.regenpath.system.EventPagesIT$ProbeHappened)";

    private UUID failing(long clinic) {
        UUID id = UUID.randomUUID();
        Instant at = Instant.now().minusSeconds(3600);
        // Last tried just now: the retry job (4 tries, 8 minutes' wait) leaves it alone during the test.
        Instant tried = Instant.now();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                    status, completion_attempts, last_resubmission_date)
                values (:id, :l, :type, :e, :at, 'FAILED', 4, :tried)""")
                .param("id", id).param("l", listener).param("type", ProbeHappened.class.getName())
                .param("e", "{\"procedureId\":1,\"clinicId\":" + clinic + ",\"probe\":\"" + id + "\"}")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("tried", tried.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("delete from system_event_failure where listener_id = :l").param("l", listener).update();
        jdbc.sql("insert into system_event_failure (listener_id, error, failed_at) values (:l, :e, :at)")
                .param("l", listener).param("e", "The schedule could not be saved: the database did not answer")
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
        return id;
    }

    /** Removes this test's deliveries, so that the admin journey finds the demo clinics with nothing failing. */
    @AfterEach
    void removeProbes() {
        jdbc.sql("delete from event_publication where listener_id = :l").param("l", listener).update();
        jdbc.sql("delete from system_event_failure where listener_id = :l").param("l", listener).update();
    }

    @Test
    void theAdminSeesTheirClinicsFailingStepInWordsAndRetriesIt() throws Exception {
        UUID mine = failing(account(ADMIN).clinicId().value());
        UUID theirs = failing(account(OTHER_ADMIN).clinicId().value());

        String page = mvc.perform(get("/admin/events").with(as(ADMIN))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Probe happened").contains("Follow-up").contains("The steps below have failed")
                .contains("The schedule could not be saved: the database did not answer")
                .contains("/admin/events/" + mine + "/retry")
                .doesNotContain(theirs.toString()).doesNotContain("Exception").doesNotContain("org.regenpath");

        long mark = lastAuditId();
        mvc.perform(post("/admin/events/" + mine + "/retry").with(as(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/events"));
        assertThat(auditAfter(mark)).anySatisfy(r -> {
            assertThat(r.get("outcome")).isEqualTo("SUCCESS");
            assertThat(r.get("resource_type")).isEqualTo("EventDelivery");
            assertThat(r.get("resource_id")).isEqualTo(mine.toString());
        });
        assertThat(jdbc.sql("select completion_attempts from event_publication where id = :id").param("id", mine)
                .query(Integer.class).single()).as("resubmitted").isEqualTo(5);
    }

    @Test
    void anotherClinicsDeliveryAnswersLikeAMissingOne() throws Exception {
        UUID theirs = failing(account(OTHER_ADMIN).clinicId().value());
        int missing = mvc.perform(post("/admin/events/" + UUID.randomUUID() + "/retry").with(as(ADMIN)).with(csrf()))
                .andReturn().getResponse().getStatus();
        int other = mvc.perform(post("/admin/events/" + theirs + "/retry").with(as(ADMIN)).with(csrf()))
                .andReturn().getResponse().getStatus();
        assertThat(other).isEqualTo(missing).isEqualTo(404);
        assertThat(jdbc.sql("select completion_attempts from event_publication where id = :id").param("id", theirs)
                .query(Integer.class).single()).as("not resubmitted").isEqualTo(4);
    }

    @Test
    void otherRolesAreRefusedAndTheRefusalAudited() throws Exception {
        long mark = lastAuditId();
        mvc.perform(get("/admin/events").with(as(CLINICIAN))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/events/" + UUID.randomUUID() + "/retry").with(as(COORDINATOR)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(auditAfter(mark)).filteredOn(r -> "EventDelivery".equals(r.get("resource_type")))
                .extracting(r -> r.get("outcome")).containsExactly("DENIED", "DENIED");
    }
}
