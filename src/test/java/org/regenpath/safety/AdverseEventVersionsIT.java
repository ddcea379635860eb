package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/**
 * An adverse event's versions are append-only in the database itself: its trigger refuses to change or remove a
 * version even to the schema owner (on H2 and PostgreSQL), so the history a revision keeps cannot be rewritten.
 */
class AdverseEventVersionsIT extends TreatedPatients {

    @Autowired
    AdverseEvents events;

    @Test
    void aVersionCannotBeChangedOrRemoved() {
        Treated t = treated();
        long id = events.record(actor(CLINICIAN), t.patient(), new AdverseEventInput(t.procedure(), null, "nausea",
                null, "Felt sick", clinicToday(), 1, Set.of(), null, null, null, true, "", null, null,
                Detection.PHONE, false)).id();

        assertThatThrownBy(() -> owner().sql("update safety_adverse_event_version set grade = 3 where event_id = :e")
                .param("e", id).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> owner().sql("delete from safety_adverse_event_version where event_id = :e")
                .param("e", id).update()).isInstanceOf(DataAccessException.class);
        assertThat(events.get(actor(COORDINATOR), id).details().grade()).isEqualTo(1);
    }
}
