package org.regenpath.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.regenpath.support.WebIT;
import org.springframework.dao.DataAccessException;

/**
 * The audit trail is append-only in the database itself, for every role (here the schema owner: the application's
 * role may not even try, see DatabaseRolesIT), and clinic admins can search their own clinic's.
 */
class AuditTrailIT extends WebIT {

    private long anyRow() throws Exception {
        mvc.perform(get("/api/patients").with(as(CLINICIAN))).andExpect(status().isOk());
        return lastAuditId();
    }

    @Test
    void theDatabaseRefusesToUpdateAnAuditRow() throws Exception {
        long id = anyRow();
        assertThatThrownBy(() -> owner().sql("update audit_event set username = 'someone-else' where id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOfSatisfying(DataAccessException.class, e ->
                        assertThat(e.getMostSpecificCause().getMessage()).contains("append-only"));
        assertThat(jdbc.sql("select username from audit_event where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo(CLINICIAN);
    }

    @Test
    void theDatabaseRefusesToDeleteAuditRows() throws Exception {
        long id = anyRow();
        long before = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        assertThatThrownBy(() -> owner().sql("delete from audit_event where id = :id").param("id", id).update())
                .isInstanceOfSatisfying(DataAccessException.class, e ->
                        assertThat(e.getMostSpecificCause().getMessage()).contains("append-only"));
        assertThatThrownBy(() -> owner().sql("delete from audit_event").update())
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void adminsSearchTheirOwnClinicsTrailByUserAndDate() throws Exception {
        anyRow();
        String today = clinicToday().toString();
        mvc.perform(get("/api/audit-events").param("user", "clinician@demo").param("from", today)
                        .param("to", today).with(as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].username").value(CLINICIAN))
                .andExpect(jsonPath("$[?(@.clinicId != " + account(ADMIN).clinicId().value() + ")]").doesNotExist());
        mvc.perform(get("/api/audit-events").param("user", "clinician@demo").with(as(OTHER_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == '" + CLINICIAN + "')]").doesNotExist());
    }

    @Test
    void theAuditPageListsRowsForAnAdmin() throws Exception {
        anyRow();
        String html = mvc.perform(get("/admin/audit").param("user", "clinician").with(as(ADMIN)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("audit-rows").contains(CLINICIAN).contains(">Search<").contains("Patient record")
                .doesNotContain(">SEARCH<");
    }
}
